/**
 * Catalog releases in the database. A release is an immutable snapshot of the whole problem-solution space; the
 * repository's catalog becomes the first one on first start, and editors publish later ones. Other features read
 * releases only through {@link org.llmatlas.web.release.ReleaseStore}.
 */
package org.llmatlas.web.release;
