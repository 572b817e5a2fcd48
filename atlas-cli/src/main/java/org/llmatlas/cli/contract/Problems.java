package org.llmatlas.cli.contract;

import java.io.PrintWriter;
import java.util.List;
import org.llmatlas.core.validation.Problem;

/** Prints problems the way compilers do ({@code file:line:column: error: message (hint)}), one per line. */
final class Problems {

    private Problems() {}

    static void print(PrintWriter out, String severity, List<Problem> problems) {
        for (Problem problem : problems) {
            String text = problem.toString();
            int at = text.indexOf(": ", problem.file().length());
            out.println(
                    at < 0
                            ? severity + ": " + text
                            : text.substring(0, at + 2) + severity + ": " + text.substring(at + 2));
        }
        out.flush();
    }
}
