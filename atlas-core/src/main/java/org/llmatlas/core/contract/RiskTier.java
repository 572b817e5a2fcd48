package org.llmatlas.core.contract;

import java.util.Locale;

/**
 * The risk tiers of the EU AI Act (Regulation (EU) 2024/1689). The tier decides how much residual information
 * asymmetry a principal can accept; {@link #UNACCEPTABLE} systems are prohibited practices (Art. 5).
 */
public enum RiskTier {
    MINIMAL,
    LIMITED,
    HIGH,
    UNACCEPTABLE;

    /** The spelling in {@code atlas.yaml}: {@code minimal}, {@code limited}, {@code high}, {@code unacceptable}. */
    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskTier fromYaml(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
