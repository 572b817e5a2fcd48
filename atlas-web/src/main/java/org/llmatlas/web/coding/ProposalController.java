package org.llmatlas.web.coding;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.llmatlas.core.catalog.Catalog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Proposals: list and read (any account), propose and edit (contributors and up). */
@Controller
class ProposalController {

    private final CodingService coding;
    private final ReleaseCutter releases;
    private final Publication publication;
    private final AgreementService agreement;

    ProposalController(
            CodingService coding, ReleaseCutter releases, Publication publication, AgreementService agreement) {
        this.coding = coding;
        this.releases = releases;
        this.publication = publication;
        this.agreement = agreement;
    }

    @GetMapping("/proposals")
    String list(Model model) {
        model.addAttribute("proposals", coding.all());
        return "coding/proposals";
    }

    @GetMapping("/proposals/new")
    String form(@RequestParam(required = false) String edit, Model model) {
        Catalog current = releases.current();
        ProposalDraft draft = new ProposalDraft(ProposalKind.MAPPING, "", "", "", "");
        if (edit != null) {
            draft = current.find(edit)
                    .map(entity -> new ProposalDraft(ProposalKind.EDIT, entity.id(), "", publication.yaml(entity), ""))
                    .orElse(draft);
        }
        return showForm(model, draft, Set.of(), current);
    }

    @PostMapping("/proposals")
    String create(
            @RequestParam String kind,
            @RequestParam String targetId,
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam String rationale,
            Principal principal,
            Model model) {
        Catalog current = releases.current();
        ProposalDraft draft = new ProposalDraft(
                ProposalKind.valueOf(kind.toUpperCase()), targetId.trim(), title.trim(), body, rationale);
        Set<String> problems = publication.problems(draft, current);
        if (!problems.isEmpty()) {
            return showForm(model, draft, problems, current);
        }
        long id = coding.propose(draft, current.version(), principal.getName());
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, Principal principal, Model model) {
        Proposal proposal = coding.proposal(id);
        Catalog current = releases.current();
        String before = current.find(proposal.targetId()).map(publication::yaml).orElse("");
        List<Coding> visible = coding.visibleCodings(id, principal.getName());
        model.addAttribute("proposal", proposal);
        model.addAttribute("diff", LineDiff.between(before, proposal.body()));
        model.addAttribute("assignees", coding.assignees(id));
        model.addAttribute("complete", coding.humanCodingComplete(id));
        model.addAttribute("codings", visible);
        model.addAttribute("fieldAgreement", coding.humanCodingComplete(id) ? agreement.perField(visible) : null);
        model.addAttribute("fields", Coding.FIELDS);
        model.addAttribute("reconciliation", coding.reconciliation(id).orElse(null));
        return "coding/proposal";
    }

    @PostMapping("/proposals/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam String rationale,
            Authentication auth) {
        Proposal proposal = coding.proposal(id);
        ProposalDraft draft = new ProposalDraft(proposal.kind(), proposal.targetId(), title.trim(), body, rationale);
        Set<String> problems = publication.problems(draft, releases.current());
        if (!problems.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        boolean editor = auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR")
                        || a.getAuthority().equals("ROLE_ADMIN"));
        coding.edit(id, version, draft, auth.getName(), editor);
        return "redirect:/proposals/" + id;
    }

    private String showForm(Model model, ProposalDraft draft, Set<String> problems, Catalog current) {
        model.addAttribute("draft", draft);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("release", current.version());
        return "coding/propose";
    }
}
