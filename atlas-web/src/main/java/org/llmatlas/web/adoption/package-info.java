/**
 * Adoption projects: organisation workspaces with members, projects created from an {@code atlas.yaml} contract,
 * the evidence files the instruments produce, and the residual-asymmetry dashboard with its history. Every query
 * that reads a project joins the membership of the current user, so one organisation never sees another's data,
 * whatever ID is typed into the address bar.
 */
package org.llmatlas.web.adoption;
