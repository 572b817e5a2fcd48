package org.llmatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code atlas} exactly as a user does and captures its exit code and output. */
public record Cli(int exit, String out, String err) {

    public static Cli run(String... args) {
        CommandLine commandLine = AtlasCommand.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} and appends what they print to {@code out} and {@code err}, for tests that run several. */
    public static int runInto(StringWriter out, StringWriter err, String... args) {
        Cli run = run(args);
        out.append(run.out());
        err.append(run.err());
        return run.exit();
    }
}
