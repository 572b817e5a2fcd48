package org.llmatlas.cli.serve;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Start the LLM ATLAS website. The website is a separate Spring Boot jar ({@code atlas-web/target/atlas-web.jar});
 * the {@code ./atlas} launcher runs it directly, and this command does the same when the CLI jar is started by other
 * means, so that {@code atlas serve --help} documents the flags in one place with the other commands.
 *
 * <p>Example: {@code ./atlas serve --port 8080 --db mem}
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the LLM ATLAS website (matrix, releases, exports, adoption projects) at http://127.0.0.1:PORT.",
            "Without --db the data live in an embedded H2 database under ~/.llm-atlas/web; the repository's catalog",
            "is loaded as the first release on first start."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas serve",
            "  ./atlas serve --port 9090 --db mem",
            "  PGPASSWORD=... ./atlas serve --db jdbc:postgresql://localhost:5432/atlas --db-user atlas --db-password-env PGPASSWORD"
        })
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080).")
    Integer port;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description =
                    "'mem' (in-memory H2), or an H2 or PostgreSQL JDBC URL (default: H2 file under ~/.llm-atlas/web).")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user.")
    String dbUser;

    @Option(
            names = "--db-password-env",
            paramLabel = "VAR",
            description = "Environment variable that holds the database password (never pass it on the command line).")
    String dbPasswordEnv;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    private final Path webJar;

    public ServeCommand() {
        this(locateWebJar());
    }

    ServeCommand(Path webJar) {
        this.webJar = webJar;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (webJar == null || !Files.isRegularFile(webJar)) {
            spec.commandLine()
                    .getErr()
                    .println("atlas serve: the website jar "
                            + (webJar == null ? "atlas-web/target/atlas-web.jar" : webJar)
                            + " does not exist; build it with `./mvnw -pl atlas-web -am package -DskipTests`,"
                            + " or start the site with `./atlas serve`, which builds it.");
            return 2;
        }
        Process process = new ProcessBuilder(command()).inheritIO().start();
        return process.waitFor();
    }

    /** The {@code java -jar atlas-web.jar ...} command line, with the flags forwarded unchanged. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(webJar.toString());
        if (port != null) {
            command.add("--port=" + port);
        }
        addIfSet(command, "--db", db);
        addIfSet(command, "--db-user", dbUser);
        addIfSet(command, "--db-password-env", dbPasswordEnv);
        command.addAll(springArguments);
        return command;
    }

    private static void addIfSet(List<String> command, String flag, String value) {
        if (value != null) {
            command.add(flag + "=" + value);
        }
    }

    /** {@code <repo>/atlas-web/target/atlas-web.jar}, found from this class's {@code <repo>/atlas-cli/target/...}. */
    private static Path locateWebJar() {
        try {
            Path location = Path.of(ServeCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path dir = location; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("atlas-web").resolve("target").resolve("atlas-web.jar");
                if (Files.isDirectory(dir.resolve("atlas-web"))) {
                    return candidate;
                }
            }
            return null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
