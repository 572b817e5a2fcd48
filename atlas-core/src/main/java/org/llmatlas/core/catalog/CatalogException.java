package org.llmatlas.core.catalog;

import java.util.List;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.core.validation.ValidationException;

/** A catalog could not be loaded; {@link #problems()} lists everything wrong with it, not only the first error. */
public class CatalogException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public CatalogException(List<Problem> problems) {
        super("invalid catalog", problems);
    }
}
