package org.llmatlas.web.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.web.account.Account;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The proposal workflow and its one hard rule: blind coding. Nobody but the coder sees a coding until every human
 * coder assigned to the proposal has submitted; the LLM's coding is held back the same way. Controllers ask this
 * class for codings and never read {@link Codings} directly.
 */
@Service
public class CodingService {

    static final int CODERS_PER_PROPOSAL = 2;

    private final Proposals proposals;
    private final Codings codings;
    private final Accounts accounts;

    CodingService(Proposals proposals, Codings codings, Accounts accounts) {
        this.proposals = proposals;
        this.codings = codings;
        this.accounts = accounts;
    }

    public Proposal proposal(long id) {
        return proposals
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no proposal " + id));
    }

    public List<Proposal> all() {
        return proposals.all();
    }

    /** Creates the proposal and assigns the two least-loaded human coders other than the proposer (round-robin). */
    @Transactional
    public long propose(ProposalDraft draft, String baseRelease, String by) {
        long id = proposals.create(
                draft.kind(), draft.targetId(), baseRelease, draft.title(), draft.body(), draft.rationale(), by);
        Map<String, Integer> load = codings.openLoad();
        List<String> pool = accounts.coders(false).stream()
                .map(Account::username)
                .filter(coder -> !coder.equals(by))
                .sorted(Comparator.comparingInt((String coder) -> load.getOrDefault(coder, 0)))
                .limit(CODERS_PER_PROPOSAL)
                .toList();
        if (pool.size() == CODERS_PER_PROPOSAL) {
            pool.forEach(coder -> codings.assign(id, coder));
            proposals.setStatus(id, ProposalStatus.CODING);
        }
        return id;
    }

    /**
     * An editor's assignment: these become the proposal's human coders, replacing earlier (e.g. round-robin)
     * assignees who have not submitted yet. The proposer can never code their own proposal.
     */
    @Transactional
    public void assign(long id, List<String> coders) {
        proposals.lock(id);
        Proposal proposal = proposal(id);
        if (proposal.status() != ProposalStatus.OPEN && proposal.status() != ProposalStatus.CODING) {
            throw conflict(
                    "proposal " + id + " is " + proposal.status().name().toLowerCase() + "; it takes no more coders");
        }
        List<String> chosen = new ArrayList<>();
        for (String coder : coders) {
            Account account = accounts.find(coder.trim())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no account " + coder));
            if (account.username().equals(proposal.proposedBy())) {
                throw conflict(coder + " proposed this change and cannot code it");
            }
            if (account.llm() || account.role().compareTo(Role.CODER) < 0) {
                throw conflict(coder + " is not a human coder");
            }
            chosen.add(account.username());
        }
        for (String current : humanAssignees(id)) {
            if (!chosen.contains(current) && codings.of(id, current).isEmpty()) {
                codings.unassign(id, current);
            }
        }
        List<String> current = codings.assignees(id);
        chosen.stream().filter(coder -> !current.contains(coder)).forEach(coder -> codings.assign(id, coder));
        if (humanAssignees(id).size() >= CODERS_PER_PROPOSAL && proposal.status() == ProposalStatus.OPEN) {
            proposals.setStatus(id, ProposalStatus.CODING);
        }
    }

    /** Adds the LLM coder to a proposal that is still being coded or reconciled; it never counts as a human coder. */
    @Transactional
    public void assignLlm(long id, String llmAccount) {
        Proposal proposal = proposal(id);
        if (proposal.status() != ProposalStatus.CODING && proposal.status() != ProposalStatus.RECONCILING) {
            throw conflict("proposal " + id + " is " + proposal.status().name().toLowerCase()
                    + "; the LLM coder codes proposals that are being coded or reconciled");
        }
        if (!codings.assignees(id).contains(llmAccount)) {
            codings.assign(id, llmAccount);
        }
    }

    /**
     * Edits title, body and rationale, if nobody else changed the proposal since the version the editor saw.
     *
     * @throws ResponseStatusException 409 when the proposal changed meanwhile (the caller shows a conflict message)
     */
    @Transactional
    public void edit(long id, int seenVersion, ProposalDraft draft, String by, boolean editor) {
        Proposal proposal = proposal(id);
        if (!editor && !proposal.proposedBy().equals(by)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "only the proposer or an editor may edit a proposal");
        }
        if (proposal.status() != ProposalStatus.OPEN && proposal.status() != ProposalStatus.CODING) {
            throw conflict("proposal " + id + " is " + proposal.status().name().toLowerCase()
                    + " and can no longer be edited");
        }
        if (!proposals.update(id, seenVersion, draft.title(), draft.body(), draft.rationale())) {
            throw conflict("proposal " + id + " was changed by someone else since you opened it (you saw version "
                    + seenVersion + ", it is now version " + proposal(id).version()
                    + "); reload it and apply your change again");
        }
    }

    /** Proposals assigned to this coder, with whether they have submitted. */
    public List<Proposal> queue(String coder) {
        List<Proposal> queue = new ArrayList<>();
        codings.assignedTo(coder).forEach(id -> proposals.find(id).ifPresent(queue::add));
        return queue;
    }

    public boolean isAssigned(long id, String coder) {
        return codings.assignees(id).contains(coder);
    }

    public Optional<Coding> own(long id, String coder) {
        return codings.of(id, coder);
    }

    /** Records a coding; the proposal moves to reconciliation once all human assignees have submitted. */
    @Transactional
    public void submit(long id, Coding coding) {
        proposals.lock(id);
        Proposal proposal = proposal(id);
        if (!isAssigned(id, coding.coder())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, coding.coder() + " is not assigned to proposal " + id);
        }
        if (proposal.status() != ProposalStatus.CODING && proposal.status() != ProposalStatus.RECONCILING) {
            throw conflict(
                    "proposal " + id + " is " + proposal.status().name().toLowerCase() + "; it takes no codings");
        }
        if (!codings.submit(id, coding)) {
            throw conflict(coding.coder() + " has already submitted a coding for proposal " + id);
        }
        if (proposal.status() == ProposalStatus.CODING && humanCodingComplete(id)) {
            proposals.setStatus(id, ProposalStatus.RECONCILING);
        }
    }

    /** True once every human assignee has submitted: from then on all codings are visible. */
    public boolean humanCodingComplete(long id) {
        List<String> humans = humanAssignees(id);
        return humans.size() >= CODERS_PER_PROPOSAL
                && humans.stream().allMatch(coder -> codings.of(id, coder).isPresent());
    }

    /** The codings {@code viewer} may see: their own, or all once the human coding is complete. */
    public List<Coding> visibleCodings(long id, String viewer) {
        if (humanCodingComplete(id)) {
            return codings.of(id);
        }
        return codings.of(id, viewer).map(List::of).orElse(List.of());
    }

    /**
     * One coder's coding, for {@code viewer}.
     *
     * @throws ResponseStatusException 403 while the coding is still blind for this viewer, 404 if there is none
     */
    public Coding codingOf(long id, String coder, String viewer) {
        if (!coder.equals(viewer) && !humanCodingComplete(id)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Blind coding: codings of proposal " + id + " become visible when all coders have submitted");
        }
        return codings.of(id, coder).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public Optional<Coding> reconciliation(long id) {
        return codings.reconciliation(id);
    }

    /** Stores the editor's reconciled coding and publishes the proposal's entity with it applied. */
    @Transactional
    public void publish(long id, Coding reconciled, String note, String publishedBody) {
        Proposal proposal = proposal(id);
        if (proposal.status() != ProposalStatus.RECONCILING) {
            throw conflict("proposal " + id + " is " + proposal.status().name().toLowerCase()
                    + "; only a fully coded proposal can be published");
        }
        codings.reconcile(id, reconciled, note);
        proposals.publish(id, publishedBody, reconciled.coder());
    }

    @Transactional
    public void reject(long id, String editor) {
        Proposal proposal = proposal(id);
        if (proposal.status() == ProposalStatus.RELEASED || proposal.status() == ProposalStatus.PUBLISHED) {
            throw conflict(
                    "proposal " + id + " is already " + proposal.status().name().toLowerCase());
        }
        proposals.setStatus(id, ProposalStatus.REJECTED);
    }

    /** Released proposals that changed {@code entityId}, oldest first. */
    public List<Proposal> releasedFor(String entityId) {
        return proposals.releasedFor(entityId);
    }

    public List<Proposal> published() {
        return proposals.withStatus(ProposalStatus.PUBLISHED);
    }

    void markReleased(long id, String version) {
        proposals.markReleased(id, version);
    }

    public List<String> assignees(long id) {
        return codings.assignees(id);
    }

    private List<String> humanAssignees(long id) {
        return codings.assignees(id).stream()
                .filter(coder -> accounts.find(coder).map(a -> !a.llm()).orElse(false))
                .toList();
    }

    private static ResponseStatusException conflict(String message) {
        return new ResponseStatusException(HttpStatus.CONFLICT, message);
    }
}
