/**
 * Test infrastructure shared by every web test: a Spring Boot test base and the two databases (H2 and an embedded
 * PostgreSQL) the same tests run against.
 */
package org.llmatlas.web.testing;
