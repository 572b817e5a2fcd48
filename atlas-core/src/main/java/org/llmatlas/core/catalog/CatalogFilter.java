package org.llmatlas.core.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Selects the part of the problem-solution space a user asks about: any combination of phase, agency problem, remedy
 * and objective (null = any). A method matches when one of its active mappings lies in the selected cells and, if an
 * objective is given, it serves that objective.
 */
public record CatalogFilter(String phase, String problem, String remedy, String objective) {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null);

    public boolean isAll() {
        return equals(ALL);
    }

    public List<Mapping> mappings(Catalog catalog) {
        return catalog.mappings().stream()
                .filter(m -> phase == null || phase.equals(m.phase()))
                .filter(m -> problem == null || problem.equals(m.problem()))
                .filter(m -> remedy == null || remedy.equals(m.remedy()))
                .filter(m -> objective == null
                        || catalog.find(m.method(), Method.class)
                                .map(method -> method.objectives().contains(objective))
                                .orElse(false))
                .toList();
    }

    /** The matching methods, in catalog order; all methods for {@link #ALL}. */
    public List<Method> methods(Catalog catalog) {
        if (isAll()) {
            return catalog.methods();
        }
        Set<String> ids = new LinkedHashSet<>();
        mappings(catalog).stream().filter(Mapping::isActive).forEach(m -> ids.add(m.method()));
        return catalog.methods().stream()
                .filter(m -> ids.contains(m.id())
                        || (phase == null
                                && problem == null
                                && remedy == null
                                && m.objectives().contains(objective)))
                .toList();
    }
}
