package org.llmatlas.web.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.llmatlas.web.coding.AgreementReport.TimePoint;

/**
 * Geometry of the "agreement over time" chart, computed on the server so that the page needs no JavaScript: the
 * template draws an inline SVG polyline from {@link #alphaPoints()} and {@link #percentPoints()}. Values are clamped
 * to [−1, 1] for alpha and [0, 1] for percent agreement; undefined points are left out.
 */
public record AgreementChart(
        int width, int height, String alphaPoints, String percentPoints, List<Dot> dots, List<Tick> ticks) {

    /** One data point, drawn as a circle so that a single proposal is visible too; {@code alpha} picks the style. */
    public record Dot(double x, double y, boolean alpha) {}

    /** A labelled point on the x axis. */
    public record Tick(double x, String label) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int PAD = 30;

    static AgreementChart of(List<TimePoint> points) {
        List<String> alpha = new ArrayList<>();
        List<String> percent = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : PAD + (WIDTH - 2.0 * PAD) * i / (n - 1);
            TimePoint point = points.get(i);
            if (!Double.isNaN(point.alpha())) {
                alpha.add(coordinate(x, Math.max(0, point.alpha())));
                dots.add(new Dot(x, yOf(Math.max(0, point.alpha())), true));
            }
            if (!Double.isNaN(point.percent())) {
                percent.add(coordinate(x, point.percent()));
                dots.add(new Dot(x, yOf(point.percent()), false));
            }
            ticks.add(new Tick(x, "#" + point.proposalId()));
        }
        return new AgreementChart(WIDTH, HEIGHT, String.join(" ", alpha), String.join(" ", percent), dots, ticks);
    }

    /** Y coordinate of a value in [0, 1]: 1 at the top. */
    public double y(double value) {
        return yOf(value);
    }

    private static double yOf(double value) {
        return PAD + (HEIGHT - 2.0 * PAD) * (1 - Math.min(1, value));
    }

    private static String coordinate(double x, double value) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, yOf(value));
    }
}
