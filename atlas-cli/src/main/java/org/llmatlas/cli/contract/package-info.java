/**
 * {@code atlas init} and {@code atlas contract ...}: propose an alignment contract from the catalog, check it, attest
 * clauses and report the residual information asymmetry (with an exit code that gates CI pipelines).
 */
package org.llmatlas.cli.contract;
