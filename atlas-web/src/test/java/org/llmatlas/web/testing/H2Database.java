package org.llmatlas.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** Runs a {@link WebTest} on an in-memory H2 database (one per JVM, shared by all H2 tests). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:atlas-test;DB_CLOSE_DELAY=-1")
public @interface H2Database {}
