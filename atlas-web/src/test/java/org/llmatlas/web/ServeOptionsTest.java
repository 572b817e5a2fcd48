package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeOptionsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private ServeOptions parse(Map<String, String> environment, String... args) {
        ServeOptions options = new ServeOptions(AtlasWebApplication.class, environment);
        commandLine(options).parseArgs(args);
        return options;
    }

    private CommandLine commandLine(ServeOptions options) {
        CommandLine commandLine = new CommandLine(options);
        commandLine.setUnmatchedArgumentsAllowed(true);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine;
    }

    @Test
    void mapsPortAndInMemoryDatabaseToSpringProperties() {
        Map<String, Object> properties =
                parse(Map.of(), "--port", "9090", "--db", "mem").properties();

        assertThat(properties)
                .containsEntry("server.port", 9090)
                .containsEntry("server.address", "127.0.0.1")
                .containsEntry("spring.datasource.url", ServeOptions.MEMORY_URL);
    }

    @Test
    void readsThePostgresPasswordFromTheNamedEnvironmentVariable() {
        Map<String, Object> properties = parse(
                        Map.of("PGPASSWORD", "s3cret"),
                        "--db",
                        "jdbc:postgresql://127.0.0.1:5432/atlas",
                        "--db-user",
                        "atlas",
                        "--db-password-env",
                        "PGPASSWORD")
                .properties();

        assertThat(properties)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/atlas")
                .containsEntry("spring.datasource.username", "atlas")
                .containsEntry("spring.datasource.password", "s3cret");
    }

    @Test
    void namesTheMissingPasswordVariableAndHowToSetIt() {
        ServeOptions options = new ServeOptions(AtlasWebApplication.class, Map.of());

        int exit = commandLine(options).execute("--db", "jdbc:postgresql://x/y", "--db-password-env", "ATLAS_DB_PW");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("ATLAS_DB_PW is not set", "export ATLAS_DB_PW=");
    }

    @Test
    void keepsTheDefaultFileDatabaseWithoutDbFlagAndPassesSpringArgumentsOn() {
        ServeOptions options = parse(Map.of(), "--spring.profiles.active=demo");

        assertThat(options.properties()).doesNotContainKey("spring.datasource.url");
        assertThat(options.springArguments).containsExactly("--spring.profiles.active=demo");
    }

    @Test
    void helpShowsAnExample() {
        int exit = commandLine(new ServeOptions(AtlasWebApplication.class, Map.of()))
                .execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--db", "--db-password-env", "./atlas serve --port 9090 --db mem");
    }
}
