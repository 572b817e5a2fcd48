package org.llmatlas.web.catalog;

import java.util.List;
import java.util.Locale;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Crosswalk;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.catalog.Source;
import org.llmatlas.web.release.ReleaseStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The browsable catalog: matrix, cells, entity pages and search, for the latest release ({@code /matrix},
 * {@code /id/M-DATA-CARDS}) and for any published one ({@code /r/1.0.0/matrix}, {@code /r/1.0.0/M-DATA-CARDS}).
 */
@Controller
class CatalogPages {

    private final ReleaseStore store;
    private final ObjectProvider<CodingProvenance> provenance;

    CatalogPages(ReleaseStore store, ObjectProvider<CodingProvenance> provenance) {
        this.store = store;
        this.provenance = provenance;
    }

    @GetMapping({"/matrix", "/r/{version}/matrix"})
    String matrix(
            @PathVariable(required = false) String version,
            @RequestParam(required = false) String objective,
            @RequestParam(required = false) String framework,
            Model model) {
        PinnedRelease at = show(version, model);
        MatrixFilter filter = new MatrixFilter(objective, framework);
        model.addAttribute("filter", filter);
        model.addAttribute("matrix", MatrixView.of(at.catalog(), filter));
        model.addAttribute("objectiveGroups", objectiveGroups(at.catalog()));
        model.addAttribute("frameworks", frameworks(at.catalog()));
        return "matrix";
    }

    @GetMapping({"/cell/{phase}/{problem}/{remedy}", "/r/{version}/cell/{phase}/{problem}/{remedy}"})
    String cell(
            @PathVariable(required = false) String version,
            @PathVariable String phase,
            @PathVariable String problem,
            @PathVariable String remedy,
            Model model) {
        PinnedRelease at = show(version, model);
        Catalog catalog = at.catalog();
        model.addAttribute("phase", required(catalog, phase, Phase.class));
        model.addAttribute("problem", required(catalog, problem, AgencyProblem.class));
        model.addAttribute("remedy", required(catalog, remedy, Remedy.class));
        model.addAttribute("mappings", catalog.cell(phase, problem, remedy));
        return "cell";
    }

    @GetMapping({"/id/{id}", "/r/{version}/{id}"})
    String entity(@PathVariable(required = false) String version, @PathVariable String id, Model model) {
        PinnedRelease at = show(version, model);
        Catalog catalog = at.catalog();
        CatalogEntity entity = catalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "no entity " + id + " in release " + at.release().version()));
        model.addAttribute("entity", entity);
        model.addAttribute("kind", EntityKind.of(entity).singular());
        model.addAttribute("citedBy", citedBy(catalog, id));
        if (entity instanceof Method method) {
            List<Mapping> mappings = catalog.mappings().stream()
                    .filter(m -> m.method().equals(id))
                    .sorted(java.util.Comparator.comparingInt(m -> catalog.find(m.phase(), Phase.class)
                            .map(Phase::order)
                            .orElse(0)))
                    .toList();
            model.addAttribute("mappings", mappings);
            CodingProvenance coding = provenance.getIfAvailable();
            model.addAttribute(
                    "codings",
                    coding == null
                            ? List.of()
                            : mappings.stream()
                                    .flatMap(m -> coding.codings(at.release().version(), m.id()).stream())
                                    .toList());
            return "method";
        }
        if (entity instanceof Mapping mapping) {
            CodingProvenance coding = provenance.getIfAvailable();
            model.addAttribute(
                    "codings",
                    coding == null ? List.of() : coding.codings(at.release().version(), mapping.id()));
        }
        return "entity";
    }

    @GetMapping({"/search", "/r/{version}/search"})
    String search(
            @PathVariable(required = false) String version,
            @RequestParam(required = false, defaultValue = "") String q,
            Model model) {
        PinnedRelease at = show(version, model);
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? List.of() : CatalogSearch.search(at.catalog(), q));
        return "search";
    }

    private PinnedRelease show(String version, Model model) {
        PinnedRelease at = PinnedRelease.resolve(store, version);
        model.addAttribute("at", at);
        model.addAttribute("names", at.names());
        return at;
    }

    private static <T extends CatalogEntity> T required(Catalog catalog, String id, Class<T> kind) {
        return catalog.find(id, kind)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + kind.getSimpleName() + " " + id));
    }

    /** Entities whose sources list {@code id} (for source pages) or methods whose objectives name it. */
    private static List<CatalogEntity> citedBy(Catalog catalog, String id) {
        return catalog.entities()
                .filter(e -> !(e instanceof Source))
                .filter(e -> switch (e) {
                    case Method m -> m.sources().contains(id) || m.objectives().contains(id);
                    case Mapping m -> m.sources().contains(id);
                    case Phase p -> p.sources().contains(id);
                    case AgencyProblem p -> p.sources().contains(id);
                    case Remedy r -> r.sources().contains(id);
                    case org.llmatlas.core.catalog.Objective o -> o.sources().contains(id);
                    case Source s -> false;
                })
                .toList();
    }

    /** Objective frameworks in catalog order: HHH, RICE, FATE. */
    private static List<String> objectiveGroups(Catalog catalog) {
        return catalog.objectives().stream()
                .map(o -> o.framework() == null ? "" : o.framework().toUpperCase(Locale.ROOT))
                .filter(f -> !f.isEmpty())
                .distinct()
                .toList();
    }

    private static List<String> frameworks(Catalog catalog) {
        return catalog.methods().stream()
                .flatMap(m -> m.crosswalks().stream())
                .map(Crosswalk::framework)
                .distinct()
                .sorted()
                .toList();
    }
}
