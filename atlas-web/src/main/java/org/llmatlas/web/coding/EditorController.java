package org.llmatlas.web.coding;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.release.ReleaseInfo;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editor's desk ({@code /editor/**}): assign coders, ask the LLM coder, reconcile differences and publish,
 * reject, and cut releases.
 */
@Controller
class EditorController {

    private final CodingService coding;
    private final AgreementService agreement;
    private final Publication publication;
    private final ReleaseCutter cutter;
    private final ReleaseStore releases;
    private final Accounts accounts;
    private final LlmCoder llm;

    EditorController(
            CodingService coding,
            AgreementService agreement,
            Publication publication,
            ReleaseCutter cutter,
            ReleaseStore releases,
            Accounts accounts,
            LlmCoder llm) {
        this.coding = coding;
        this.agreement = agreement;
        this.publication = publication;
        this.cutter = cutter;
        this.releases = releases;
        this.accounts = accounts;
        this.llm = llm;
    }

    @PostMapping("/editor/proposals/{id}/assign")
    String assign(@PathVariable long id, @RequestParam String coders) {
        coding.assign(
                id,
                Arrays.stream(coders.split("[,\\s]+")).filter(s -> !s.isBlank()).toList());
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/editor/proposals/{id}/llm")
    String askLlm(@PathVariable long id) {
        llm.code(id);
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/editor/proposals/{id}/reconcile")
    String reconcile(@PathVariable long id, Principal principal, Model model) {
        Proposal proposal = coding.proposal(id);
        if (!coding.humanCodingComplete(id)) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Proposal " + id + " is not fully coded yet; reconciliation starts when all coders have submitted");
        }
        List<Coding> codings = coding.visibleCodings(id, principal.getName());
        model.addAttribute("proposal", proposal);
        model.addAttribute("codings", codings);
        model.addAttribute("rows", ReconciliationRow.of(codings));
        model.addAttribute("fieldAgreement", agreement.perField(codings));
        model.addAttribute("catalog", cutter.current());
        return "coding/reconcile";
    }

    @PostMapping("/editor/proposals/{id}/publish")
    String publish(
            @PathVariable long id,
            @ModelAttribute CodingForm form,
            @RequestParam(required = false) String note,
            Principal principal) {
        Coding reconciled = form.by(principal.getName());
        Proposal proposal = coding.proposal(id);
        coding.publish(id, reconciled, note, publication.apply(proposal, reconciled));
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/editor/proposals/{id}/reject")
    String reject(@PathVariable long id, Principal principal) {
        coding.reject(id, principal.getName());
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/editor/releases")
    String releases(Model model) {
        model.addAttribute("published", coding.published());
        model.addAttribute("suggested", cutter.suggestedVersion());
        model.addAttribute("releases", releases.releases());
        model.addAttribute("coders", accounts.coders(false));
        return "coding/releases";
    }

    @PostMapping("/editor/releases")
    String cut(@RequestParam String version, Principal principal) {
        ReleaseInfo info = cutter.cut(version.trim(), principal.getName());
        return "redirect:/releases/" + info.version();
    }
}
