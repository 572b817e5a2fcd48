/**
 * Reporting bad input the same way everywhere: a {@link org.llmatlas.core.validation.Problem} names file, line,
 * column, what is wrong and how to fix it; a {@link org.llmatlas.core.validation.ValidationException} carries all
 * problems found at once, so that a contributor fixes a file in one round instead of one error per run.
 * {@link org.llmatlas.core.validation.LocatedYaml} keeps the source position of every YAML node for that purpose.
 */
package org.llmatlas.core.validation;
