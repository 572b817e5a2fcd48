package org.llmatlas.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.AtlasCommand;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void helpListsTheDatabaseFlagsAndAnExample() {
        StringWriter out = new StringWriter();
        String[] args = {"serve", "--help"};
        CommandLine commandLine = AtlasCommand.commandLine(args);
        commandLine.setOut(new PrintWriter(out));

        int exit = commandLine.execute(args);

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("--port", "--db", "--db-user", "--db-password-env")
                .contains("./atlas serve --port 9090 --db mem");
    }

    @Test
    void explainsHowToBuildTheWebsiteWhenItsJarIsMissing(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new ServeCommand(dir.resolve("atlas-web.jar")));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("--db", "mem");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("atlas-web.jar does not exist", "./mvnw -pl atlas-web -am package");
    }

    @Test
    void forwardsFlagsAndSpringPropertiesToTheWebsiteJar(@TempDir Path dir) {
        ServeCommand serve = new ServeCommand(dir.resolve("atlas-web.jar"));
        new CommandLine(serve).parseArgs("--port", "9090", "--db", "mem", "--spring.profiles.active=demo");

        assertThat(serve.command())
                .endsWith(
                        "-jar",
                        dir.resolve("atlas-web.jar").toString(),
                        "--port=9090",
                        "--db=mem",
                        "--spring.profiles.active=demo");
    }
}
