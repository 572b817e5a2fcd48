package org.llmatlas.web.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every web test: a real server on a random loopback port, plus MockMvc for quick request/response checks.
 * A test class names its database with {@link H2Database} or {@link PostgresDatabase}; write the behaviour once in
 * an abstract class extending this one and add one empty subclass per database, so the same tests run on both.
 * All tests on one database share one Spring context (and one database): use unique names for the data you create.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.thymeleaf.cache=true"})
@AutoConfigureMockMvc
@Import(TestUsers.class)
public abstract class WebTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @LocalServerPort
    protected int port;

    protected String baseUrl;

    @BeforeEach
    void rememberBaseUrl() {
        baseUrl = "http://127.0.0.1:" + port;
    }
}
