package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.starrocks4j.rules.PropertyKeys;

/**
 * Compares PROPERTIES on effective values: a property one side leaves out has the server's default there.
 * What the target leaves out but the source has at a non-default value is unmanaged: reported, and reset only
 * when asked.
 */
final class PropertyDiff {

    /**
     * One property to set.
     *
     * @param key      the comparison key ({@link PropertyKeys#key}: lower case, no {@code default.} prefix)
     * @param spelled  the key as the model spells it, for the statement (e.g. {@code dynamic_partition.enable})
     * @param value    the new value
     * @param previous the effective value before, or {@code null} when unknown (no downgrade possible)
     * @param reset    true when the target leaves the property unset and it is reset to the server default
     */
    record PropertyChange(String key, String spelled, String value, String previous, boolean reset) {

        /** The key to write in {@code SET (...)} when no {@code default.} form is wanted. */
        String plainKey() {
            return PropertyKeys.PARTITION_DEFAULTS.contains(key) ? key : spelled;
        }
    }

    record Result(List<PropertyChange> changes, List<String> changeWarnings, List<String> warnings) {
    }

    private PropertyDiff() {
    }

    /** What the downgrade of {@code change}, a property with no known value before, cannot undo. */
    static String notUndone(String label, PropertyChange change) {
        return label + ": property \"" + change.key() + "\" was not set before and has no known default; the "
                + "downgrade cannot unset it (StarRocks has no statement that removes a property); set it back by "
                + "hand if needed";
    }

    /**
     * @param label the object, for messages, e.g. {@code table `t`}
     */
    static Result compare(String label, Map<String, String> from, Map<String, String> to, PropertyDefaults defaults,
                          boolean resetUnmanaged) {
        Map<String, Map.Entry<String, String>> source = normalized(from, defaults, true);
        Map<String, Map.Entry<String, String>> target = normalized(to, defaults, false);
        List<PropertyChange> changes = new ArrayList<>();
        List<String> changeWarnings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        for (Map.Entry<String, Map.Entry<String, String>> e : target.entrySet()) {
            String key = e.getKey();
            String wanted = e.getValue().getValue();
            Map.Entry<String, String> had = source.get(key);
            String current = had != null ? had.getValue() : defaults.defaultValue(key);
            if (current != null && PropertyDefaults.canonicalValue(key, current)
                    .equalsIgnoreCase(PropertyDefaults.canonicalValue(key, wanted))) {
                continue;
            }
            if (current == null && had == null && defaults.isDefault(key, wanted)) {
                continue; // server-chosen property the source did not report
            }
            if (had == null && PropertyDefaults.unsets(key, wanted)) {
                continue; // unset on both sides: the server omits a property set to "" (or "bucket_size" = "0")
            }
            changes.add(new PropertyChange(key, e.getValue().getKey(), wanted, current, false));
        }
        for (Map.Entry<String, Map.Entry<String, String>> e : source.entrySet()) {
            String key = e.getKey();
            if (target.containsKey(key)) {
                continue;
            }
            String value = e.getValue().getValue();
            if (defaults.isDefault(key, value)) {
                continue;
            }
            String def = defaults.defaultValue(key);
            if (def != null && !defaults.neverReset(key) && resetUnmanaged) {
                changeWarnings.add(label + ": property \"" + key + "\" = \"" + value
                        + "\" is not in the model; resetting it to the server default \"" + def + "\"");
                changes.add(new PropertyChange(key, e.getValue().getKey(), def, value, true));
            } else if (def != null && !defaults.neverReset(key)) {
                warnings.add(label + ": property \"" + key + "\" is \"" + value + "\" but the model leaves it unset "
                        + "(server default \"" + def + "\"); left as is. Declare it in the model to keep it, or "
                        + "reset it with --reset-properties / DiffOptions.resetUnmanagedProperties()");
            } else if (!defaults.neverReset(key)) {
                warnings.add(label + ": property \"" + key + "\" is \"" + value + "\" but the model leaves it unset; "
                        + "left as is (no known default to reset it to). Declare it in the model to manage it");
            }
        }
        return new Result(changes, changeWarnings, warnings);
    }

    /**
     * Comparison key → (key as spelled, value), without properties that do not apply in this run mode. With
     * {@code dropUnset}, without values that leave a property unset (the target keeps them: they ask to unset it).
     */
    private static Map<String, Map.Entry<String, String>> normalized(Map<String, String> props,
                                                                     PropertyDefaults defaults, boolean dropUnset) {
        Map<String, Map.Entry<String, String>> out = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            String key = PropertyKeys.key(k);
            if (!defaults.ignored(key) && !(dropUnset && PropertyDefaults.unsets(key, v))) {
                out.put(key, Map.entry(k.strip(), v));
            }
        });
        return out;
    }
}
