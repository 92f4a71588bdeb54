package org.starrocks4j.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Helpers for PROPERTIES maps: immutable, insertion-ordered, no null keys or values. */
public final class Properties {

    private Properties() {
    }

    /** An unmodifiable, order-preserving copy; {@code null} gives an empty map. */
    public static Map<String, String> copyOf(Map<String, String> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            Objects.requireNonNull(k, "property key");
            if (v == null) {
                throw new InvalidModelException("property '" + k + "' has no value; give a value or leave it out");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
