package org.llmatlas.screen.engine;

/**
 * Hears about a run's progress; the progress bar is one, a web UI could be another.
 *
 * <p>Called from many virtual threads at once: implementations must be thread-safe and quick.
 */
public interface RunListener {

    RunListener NONE = new RunListener() {};

    /**
     * The run starts.
     *
     * @param total items in the run (probes × candidates × samples)
     * @param alreadyDone items answered by an earlier attempt of the same run (resume)
     */
    default void started(int total, int alreadyDone) {}

    /** One item is answered (freshly, from the cache, or as an error). */
    default void answered(Answer answer) {}

    /** A request is retried after a failed attempt. */
    default void retrying(String candidate, ChatException cause, int attempt) {}

    /** All items are answered. */
    default void finished() {}
}
