package org.llmatlas.core.contract;

import java.util.Arrays;
import java.util.Optional;

/** How a measured value is compared with a clause threshold, spelled as in {@code atlas.yaml}. */
public enum Comparison {
    AT_LEAST(">="),
    AT_MOST("<="),
    ABOVE(">"),
    BELOW("<"),
    EQUAL("==");

    private static final double EQUAL_TOLERANCE = 1e-9;

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(double measured, double threshold) {
        return switch (this) {
            case AT_LEAST -> measured >= threshold;
            case AT_MOST -> measured <= threshold;
            case ABOVE -> measured > threshold;
            case BELOW -> measured < threshold;
            case EQUAL -> Math.abs(measured - threshold) <= EQUAL_TOLERANCE;
        };
    }

    public static Optional<Comparison> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
