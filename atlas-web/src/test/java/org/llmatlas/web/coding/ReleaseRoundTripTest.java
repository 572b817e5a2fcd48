package org.llmatlas.web.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.export.JsonExport;
import org.llmatlas.core.catalog.export.YamlExport;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.release.ReleaseStore;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's YAML catalog and the site's database round-trip: the site's JSON export of a release equals
 * what {@code atlas catalog export --format json} ({@link JsonExport}) writes for the same catalog, for the release
 * loaded from the repository and for a release cut on the site (written back to YAML and loaded again).
 */
@H2Database
class ReleaseRoundTripTest extends WebTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ReleaseStore releases;

    @Autowired
    Accounts accounts;

    @Autowired
    CodingService coding;

    @Autowired
    ReleaseCutter cutter;

    @Test
    void siteExportOfTheRepositoryReleaseEqualsTheCliExport() throws Exception {
        Catalog repository = CatalogLoader.loadDefault();

        String site = export(repository.version());

        assertThat(JSON.readTree(site)).isEqualTo(JSON.readTree(JsonExport.write(repository)));
    }

    @Test
    void aReleaseCutOnTheSiteSurvivesYamlAndBack(@TempDir Path dir) throws Exception {
        CodingFixture fixture = new CodingFixture(accounts, coding, cutter);
        String coderA = fixture.account(Role.CODER);
        String coderB = fixture.account(Role.CODER);
        long id = fixture.proposeMapping(fixture.account(Role.CONTRIBUTOR), "round trip", List.of(coderA, coderB));
        fixture.code(id, coderA, "PH-DATA", "RM-SIGNALING", Set.of());
        fixture.code(id, coderB, "PH-DATA", "RM-SIGNALING", Set.of());
        Proposal proposal = coding.proposal(id);
        Coding reconciled = coding.visibleCodings(id, coderA).getFirst();
        coding.publish(id, reconciled, "agreed", new Publication().apply(proposal, reconciled));
        String version =
                cutter.cut(cutter.suggestedVersion(), "round-trip-editor").version();

        String site = export(version);
        YamlExport.write(JsonExport.read(site), dir.resolve("catalog"));
        Catalog reloaded = CatalogLoader.load(dir.resolve("catalog"));

        assertThat(Files.exists(dir.resolve("catalog/mappings/" + proposal.targetId() + ".yaml")))
                .isTrue();
        assertThat(JSON.readTree(JsonExport.write(reloaded))).isEqualTo(JSON.readTree(site));
        assertThat(JSON.readTree(JsonExport.write(releases.catalog(version).orElseThrow())))
                .isEqualTo(JSON.readTree(site));
    }

    private String export(String version) throws Exception {
        return mvc.perform(get("/r/{version}/export/json", version))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
