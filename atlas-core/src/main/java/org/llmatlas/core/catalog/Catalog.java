package org.llmatlas.core.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of the problem-solution space, fully resolved: every reference between entities has been checked
 * by the loader, so lookups by ID here cannot dangle.
 */
public record Catalog(
        String version,
        String title,
        String released,
        String license,
        List<Release> changelog,
        List<Phase> phases,
        List<AgencyProblem> problems,
        List<Remedy> remedies,
        List<Objective> objectives,
        List<Method> methods,
        List<Mapping> mappings,
        List<Source> sources) {

    public Catalog {
        changelog = List.copyOf(changelog);
        phases = phases.stream().sorted(Comparator.comparingInt(Phase::order)).toList();
        problems = List.copyOf(problems);
        remedies = List.copyOf(remedies);
        objectives = List.copyOf(objectives);
        methods = List.copyOf(methods);
        mappings = List.copyOf(mappings);
        sources = List.copyOf(sources);
    }

    /**
     * A catalog from entities of every kind, split by kind in the order given: what both the loader (files in ID
     * order) and a release cut on the website (edited entities) have in hand.
     */
    public static Catalog of(
            String version,
            String title,
            String released,
            String license,
            List<Release> changelog,
            List<? extends CatalogEntity> entities) {
        return new Catalog(
                version,
                title,
                released,
                license,
                changelog,
                only(entities, Phase.class),
                only(entities, AgencyProblem.class),
                only(entities, Remedy.class),
                only(entities, Objective.class),
                only(entities, Method.class),
                only(entities, Mapping.class),
                only(entities, Source.class));
    }

    private static <T extends CatalogEntity> List<T> only(List<? extends CatalogEntity> entities, Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every entity, in a stable order: phases, problems, remedies, objectives, methods, mappings, sources. */
    public Stream<CatalogEntity> entities() {
        return Stream.of(phases, problems, remedies, objectives, methods, mappings, sources)
                .flatMap(List::stream);
    }

    /** Entities by ID; IDs are unique across all kinds. */
    public Map<String, CatalogEntity> byId() {
        Map<String, CatalogEntity> index = new LinkedHashMap<>();
        entities().forEach(entity -> index.put(entity.id(), entity));
        return index;
    }

    public Optional<CatalogEntity> find(String id) {
        return entities().filter(entity -> entity.id().equals(id)).findFirst();
    }

    public <T extends CatalogEntity> Optional<T> find(String id, Class<T> kind) {
        return find(id).filter(kind::isInstance).map(kind::cast);
    }

    /** The active mappings of one cell of the matrix. */
    public List<Mapping> cell(String phaseId, String problemId, String remedyId) {
        return mappings.stream()
                .filter(Mapping::isActive)
                .filter(m -> m.phase().equals(phaseId)
                        && m.problem().equals(problemId)
                        && m.remedy().equals(remedyId))
                .toList();
    }
}
