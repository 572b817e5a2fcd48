package org.llmatlas.core.contract;

import java.math.BigDecimal;

/** Prints numbers the way people write them in a contract: {@code 0.95}, {@code 3}, never {@code 3.0} or {@code 9.5E-1}. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
