package org.llmatlas.screen.suite;

/**
 * A suite that cannot be used: unknown id, failed download, SHA-256 mismatch or a malformed record. The message
 * names the file (and line, where there is one) and says how to fix it, because it is shown to the user as is.
 */
public class SuiteException extends RuntimeException {

    public SuiteException(String message) {
        super(message);
    }

    public SuiteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at a line of a suite file. */
    public static SuiteException at(java.nio.file.Path file, long line, String problem, String fix) {
        return new SuiteException(file + ":" + line + ": " + problem + ". Fix: " + fix);
    }
}
