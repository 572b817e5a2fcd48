package org.llmatlas.screen.engine.progress;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether stderr is an interactive terminal. JDK 22+ answers exactly ({@code Console.isTerminal()}); on 21 a
 * console exists only when both standard streams are terminals, which is the best guess available there.
 */
final class Terminal {

    private Terminal() {}

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException onJdk21) {
            return true;
        }
    }
}
