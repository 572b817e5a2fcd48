/**
 * The LLM ATLAS website (Spring Boot): start-up and the {@code ./atlas serve} flags. Features live in sub-packages:
 * {@code release} (catalog releases in the database), {@code catalog} (public pages and exports), {@code adoption}
 * (organisations, projects, evidence, the residual-asymmetry dashboard) and {@code security}.
 */
package org.llmatlas.web;
