package org.llmatlas.detect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.detect.injection.InjectionDetector;
import org.llmatlas.detect.pii.PiiDetector;
import org.llmatlas.detect.refusal.RefusalDetector;
import org.llmatlas.detect.toxicity.ToxicityDetector;

/**
 * The registry of built-in detectors by name. Screening, the CLI and the gateway look detectors up here, so adding
 * a detector is one line and every instrument sees it. Instances are shared (detectors are thread-safe).
 */
public final class Detectors {

    private static final Map<String, Detector> BY_NAME =
            register(new RefusalDetector(), new PiiDetector(), new InjectionDetector(), new ToxicityDetector());

    private Detectors() {}

    /** The detector called {@code name}, if there is one. */
    public static Optional<Detector> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Names of all built-in detectors, in registration order. */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, Detector> register(Detector... detectors) {
        Map<String, Detector> map = new LinkedHashMap<>();
        for (Detector detector : detectors) {
            if (map.putIfAbsent(detector.name(), detector) != null) {
                throw new IllegalStateException("two detectors named " + detector.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
