package org.llmatlas.screen.engine.progress;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.llmatlas.screen.engine.Answer;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.RunListener;

/**
 * A progress line on stderr: done/total, requests per second, ETA, tokens, cost and errors. On a terminal it
 * redraws one line in place at most five times a second; elsewhere (CI logs, redirected output) it prints a plain
 * line every tenth of the run or every ten seconds, whichever comes first.
 */
public final class ProgressBar implements RunListener {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long PLAIN_NANOS = 10_000_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final Map<String, Candidate> candidates;
    private final LongSupplier nanoTime;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger fresh = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final DoubleAdder cost = new DoubleAdder();
    private final ReentrantLock drawing = new ReentrantLock();
    private volatile int total;
    private volatile long startedAt;
    private long lastDrawn;
    private int lastTenth;

    public ProgressBar(PrintWriter out, boolean terminal, List<Candidate> candidates, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.candidates = candidates.stream().collect(Collectors.toMap(Candidate::name, Function.identity()));
        this.nanoTime = nanoTime;
    }

    /** A bar on {@code err}, drawn in place when stderr is an interactive terminal. */
    public static ProgressBar on(PrintWriter err, List<Candidate> candidates) {
        return new ProgressBar(err, Terminal.isInteractive(), candidates, System::nanoTime);
    }

    @Override
    public void started(int total, int alreadyDone) {
        this.total = total;
        this.done.set(alreadyDone);
        this.startedAt = nanoTime.getAsLong();
        if (alreadyDone > 0) {
            out.printf(Locale.ROOT, "resuming: %d of %d items already answered%n", alreadyDone, total);
        }
        draw(true);
    }

    @Override
    public void answered(Answer answer) {
        done.incrementAndGet();
        if (!answer.cached()) {
            fresh.incrementAndGet();
        }
        if (!answer.result().succeeded()) {
            errors.incrementAndGet();
        }
        tokens.addAndGet(answer.result().totalTokens());
        Candidate candidate = candidates.get(answer.candidate());
        if (candidate != null && !answer.cached()) {
            cost.add(candidate
                    .pricing()
                    .cost(answer.result().promptTokens(), answer.result().completionTokens()));
        }
        draw(false);
    }

    @Override
    public void retrying(String candidate, ChatException cause, int attempt) {
        retries.incrementAndGet();
    }

    @Override
    public void finished() {
        draw(true);
        if (terminal) {
            out.println();
        }
        out.flush();
    }

    private void draw(boolean force) {
        if (!drawing.tryLock()) {
            return; // another thread is drawing; the next answer redraws
        }
        try {
            long now = nanoTime.getAsLong();
            int d = done.get();
            int tenth = total == 0 ? 10 : d * 10 / total;
            boolean due =
                    terminal ? now - lastDrawn >= REDRAW_NANOS : now - lastDrawn >= PLAIN_NANOS || tenth > lastTenth;
            if (!force && !due) {
                return;
            }
            lastDrawn = now;
            lastTenth = tenth;
            String line = line(d, now);
            if (terminal) {
                out.print("\r" + line + "\u001b[K");
            } else {
                out.println(line);
            }
            out.flush();
        } finally {
            drawing.unlock();
        }
    }

    /** The progress text for {@code d} items done at time {@code now}. */
    String line(int d, long now) {
        double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
        double rate = fresh.get() / seconds;
        int left = total - d;
        String eta = rate > 0 ? clock(left / rate) : "--:--";
        int filled = total == 0 ? WIDTH : (int) ((long) d * WIDTH / total);
        StringBuilder s = new StringBuilder(96);
        s.append(String.format(Locale.ROOT, "%,d/%,d ", d, total));
        if (terminal) {
            s.append('[')
                    .append("#".repeat(filled))
                    .append("-".repeat(WIDTH - filled))
                    .append("] ");
        }
        s.append(String.format(
                Locale.ROOT,
                "%3d%%  %.1f req/s  ETA %s  %s tokens",
                total == 0 ? 100 : d * 100 / total,
                rate,
                eta,
                human(tokens.get())));
        double c = cost.sum();
        if (c > 0) {
            s.append(String.format(Locale.ROOT, "  cost %.4f", c));
        }
        if (errors.get() > 0) {
            s.append("  errors ").append(errors.get());
        }
        if (retries.get() > 0) {
            s.append("  retries ").append(retries.get());
        }
        return s.toString();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String human(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", n / 1e6);
        }
        return n >= 1_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : Long.toString(n);
    }
}
