/**
 * What changed between two catalog versions, entity by entity and field by field: the changelog is generated from
 * the data rather than written by hand. Removing an ID is reported as an error, since IDs must keep resolving.
 */
package org.llmatlas.core.catalog.diff;
