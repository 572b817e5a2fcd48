package org.llmatlas.core.contract;

import java.util.Objects;

/**
 * The bar a measurement must clear for a clause to be satisfied, e.g. {@code xstest.unsafe.refusal_rate >= 0.95}.
 *
 * @param metric a measurement key of the evidence file (see docs/evidence-format.md)
 */
public record Threshold(String metric, Comparison op, double value) {

    public Threshold {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(op, "op");
    }

    public boolean isMetBy(double measured) {
        return op.test(measured, value);
    }

    /** {@code xstest.unsafe.refusal_rate >= 0.95} */
    @Override
    public String toString() {
        return metric + " " + op.symbol() + " " + Numbers.format(value);
    }
}
