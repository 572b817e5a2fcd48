package org.llmatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The flags of {@code ./atlas serve}. The launcher runs {@code java -jar atlas-web.jar "$@"}, so this class parses
 * them itself and maps them to Spring properties; anything it does not know (e.g. {@code --spring.profiles.active=x})
 * is passed on to Spring unchanged. The database password is read from an environment variable, never from the
 * command line, so that it appears neither in the process list nor in logs.
 */
@Command(
        name = "atlas serve",
        mixinStandardHelpOptions = true,
        version = "LLM ATLAS website",
        description = {
            "Start the LLM ATLAS website: the problem-solution matrix, its releases and exports, and adoption projects.",
            "Without --db the data live in an embedded H2 database under ~/.llm-atlas/web; on first start the"
                    + " repository's catalog is loaded as the first release."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas serve                     # http://localhost:8080, H2 file database",
            "  ./atlas serve --port 9090 --db mem",
            "  PGPASSWORD=... ./atlas serve --db jdbc:postgresql://localhost:5432/atlas --db-user atlas --db-password-env PGPASSWORD"
        })
public final class ServeOptions implements Callable<Integer> {

    /** Exit value of {@link #run} while the server keeps running. */
    public static final int RUNNING = -1;

    static final String MEMORY_URL = "jdbc:h2:mem:atlas;DB_CLOSE_DELAY=-1";

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "HTTP port (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Database: 'mem' (in-memory H2), an H2 or PostgreSQL JDBC URL. Default: H2 file database in"
                    + " ~/.llm-atlas/web.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user.")
    String dbUser;

    @Option(
            names = "--db-password-env",
            paramLabel = "VAR",
            description = "Name of the environment variable that holds the database password.")
    String dbPasswordEnv;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String bind;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    private final Class<?> application;
    private final Map<String, String> environment;

    ServeOptions(Class<?> application, Map<String, String> environment) {
        this.application = application;
        this.environment = environment;
    }

    /**
     * Parses {@code args}, then starts the application. Returns {@link #RUNNING} once the server is up, or an exit
     * code (0 after {@code --help}, 2 on bad flags).
     */
    public static int run(Class<?> application, String[] args) {
        CommandLine commandLine =
                new CommandLine(new ServeOptions(application, System.getenv())).setUsageHelpWidth(120);
        commandLine.setUnmatchedOptionsArePositionalParams(false);
        commandLine.setUnmatchedArgumentsAllowed(true);
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        Map<String, Object> properties = properties();
        SpringApplication spring = new SpringApplication(application);
        spring.addInitializers(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("atlas-serve", properties)));
        spring.run(springArguments.toArray(String[]::new));
        return RUNNING;
    }

    /** The Spring properties these flags stand for. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("server.address", bind);
        if (db != null) {
            properties.put("spring.datasource.url", "mem".equals(db) ? MEMORY_URL : db);
        }
        if (dbUser != null) {
            properties.put("spring.datasource.username", dbUser);
        }
        if (dbPasswordEnv != null) {
            String password = environment.get(dbPasswordEnv);
            if (password == null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--db-password-env " + dbPasswordEnv + ": the environment variable " + dbPasswordEnv
                                + " is not set; export it first, e.g. export " + dbPasswordEnv + "=...");
            }
            properties.put("spring.datasource.password", password);
        }
        return properties;
    }
}
