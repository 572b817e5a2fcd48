package org.llmatlas.web.coding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;

/**
 * Builds the data the coding tests need in the shared test database: accounts with unique names (no password:
 * MockMvc tests set the user directly), proposals for new mappings, and codings.
 */
public final class CodingFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Accounts accounts;
    private final CodingService coding;
    private final ReleaseCutter releases;

    public CodingFixture(Accounts accounts, CodingService coding, ReleaseCutter releases) {
        this.accounts = accounts;
        this.coding = coding;
        this.releases = releases;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100000 + "-" + COUNTER.incrementAndGet();
    }

    public String account(Role role) {
        return accounts.create(unique(role.label()), null, null, role, false).username();
    }

    /** A proposal for a new mapping; {@code text} goes into title and rationale (e.g. markup for XSS tests). */
    public long proposeMapping(String proposer, String text, List<String> coders) {
        String id = "MAP-DATA-HC-SIGNALING-" + unique("TEST").toUpperCase();
        ProposalDraft draft = new ProposalDraft(
                ProposalKind.MAPPING, id, "Proposal " + text, mappingYaml(id, freshMethod()), "Because " + text);
        long proposal = coding.propose(draft, releases.current().version(), proposer);
        if (!coders.isEmpty()) {
            coding.assign(proposal, coders);
        }
        return proposal;
    }

    /**
     * A method that has no mapping in PH-DATA × hidden characteristics × signaling in the current release, different
     * on each call: the tests share one database, and a release must not repeat a method in one cell.
     */
    public String freshMethod() {
        var catalog = releases.current();
        List<String> free = catalog.methods().stream()
                .map(m -> m.id())
                .filter(m -> catalog.cell("PH-DATA", "AP-HIDDEN-CHARACTERISTICS", "RM-SIGNALING").stream()
                        .noneMatch(mapping -> mapping.method().equals(m)))
                .toList();
        return free.get(COUNTER.incrementAndGet() % free.size());
    }

    public static String mappingYaml(String id, String method) {
        return """
                id: %s
                name: "Data × hidden characteristics × signaling: data cards (test)"
                status: active
                since: "1.1.0"
                phase: PH-DATA
                problem: AP-HIDDEN-CHARACTERISTICS
                remedy: RM-SIGNALING
                method: %s
                timing: ex-ante
                rationale: The publisher documents its data so that the adopter can judge it.
                sources:
                  - SRC-BOMMASANI-2022
                """.formatted(id, method);
    }

    public void code(long proposal, String coder, String phase, String remedy, Set<String> objectives) {
        coding.submit(
                proposal,
                new Coding(
                        coder,
                        phase,
                        "AP-HIDDEN-CHARACTERISTICS",
                        remedy,
                        objectives,
                        "datasheets document motivation, composition and collection",
                        "3",
                        false,
                        Instant.now()));
    }
}
