package org.llmatlas.web.coding;

import java.security.Principal;
import org.llmatlas.core.catalog.Catalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** A coder's queue, the coding form, and one coding's page (blind until all human codings are in). */
@Controller
class CodingController {

    private final CodingService coding;
    private final ReleaseCutter releases;

    CodingController(CodingService coding, ReleaseCutter releases) {
        this.coding = coding;
        this.releases = releases;
    }

    @GetMapping("/coding")
    String queue(Principal principal, Model model) {
        String me = principal.getName();
        model.addAttribute("queue", coding.queue(me));
        model.addAttribute(
                "done",
                coding.queue(me).stream()
                        .filter(p -> coding.own(p.id(), me).isPresent())
                        .map(Proposal::id)
                        .toList());
        return "coding/queue";
    }

    @GetMapping("/coding/{id}")
    String form(@PathVariable long id, Principal principal, Model model) {
        requireAssigned(id, principal.getName());
        Catalog current = releases.current();
        model.addAttribute("proposal", coding.proposal(id));
        model.addAttribute("own", coding.own(id, principal.getName()).orElse(null));
        model.addAttribute("catalog", current);
        return "coding/code";
    }

    @PostMapping("/coding/{id}")
    String submit(@PathVariable long id, @ModelAttribute CodingForm form, Principal principal) {
        requireAssigned(id, principal.getName());
        coding.submit(id, form.by(principal.getName()));
        return "redirect:/coding/" + id;
    }

    @GetMapping("/coding/{id}/codings/{coder}")
    String one(@PathVariable long id, @PathVariable String coder, Principal principal, Model model) {
        model.addAttribute("proposal", coding.proposal(id));
        model.addAttribute("coding", coding.codingOf(id, coder, principal.getName()));
        return "coding/coding";
    }

    private void requireAssigned(long id, String coder) {
        coding.proposal(id);
        if (!coding.isAssigned(id, coder)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You are not assigned to code proposal " + id);
        }
    }
}
