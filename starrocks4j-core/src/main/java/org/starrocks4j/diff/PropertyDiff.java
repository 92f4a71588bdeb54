package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares PROPERTIES on effective values: a property one side leaves out has the server's default there.
 * What the target leaves out but the source has at a non-default value is unmanaged: reported, and reset only
 * when asked.
 */
final class PropertyDiff {

    /**
     * One property to set.
     *
     * @param key      the key as the ALTER statement must write it (e.g. {@code default.replication_num})
     * @param value    the new value
     * @param previous the effective value before, or {@code null} when unknown (no downgrade possible)
     */
    record PropertyChange(String key, String value, String previous) {
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
     * @param label        the object, for messages, e.g. {@code table `t`}
     * @param partitioned  true for partitioned tables: replication_num / storage_medium go through {@code default.}
     */
    static Result compare(String label, Map<String, String> from, Map<String, String> to, PropertyDefaults defaults,
                          boolean partitioned, boolean resetUnmanaged) {
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
            String written = writtenKey(e.getValue().getKey(), key, partitioned, changeWarnings, label);
            changes.add(new PropertyChange(written, wanted, current));
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
                String written = writtenKey(e.getValue().getKey(), key, partitioned, changeWarnings, label);
                changeWarnings.add(label + ": property \"" + key + "\" = \"" + value
                        + "\" is not in the model; resetting it to the server default \"" + def + "\"");
                changes.add(new PropertyChange(written, def, value));
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

    private static String writtenKey(String spelled, String key, boolean partitioned, List<String> warnings,
                                     String label) {
        if (partitioned && PropertyDefaults.PARTITION_DEFAULTS.contains(key)) {
            warnings.add(label + ": \"default." + key + "\" applies to partitions created from now on; existing "
                    + "partitions keep their " + key + " (change them with ALTER TABLE ... MODIFY PARTITION)");
            return "default." + key;
        }
        return spelled.startsWith("default.") && PropertyDefaults.PARTITION_DEFAULTS.contains(key) ? key : spelled;
    }

    /**
     * Comparison key → (key as spelled, value), without properties that do not apply in this run mode. With
     * {@code dropUnset}, without values that leave a property unset (the target keeps them: they ask to unset it).
     */
    private static Map<String, Map.Entry<String, String>> normalized(Map<String, String> props,
                                                                     PropertyDefaults defaults, boolean dropUnset) {
        Map<String, Map.Entry<String, String>> out = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            String key = PropertyDefaults.key(k);
            if (!defaults.ignored(key) && !(dropUnset && PropertyDefaults.unsets(key, v))) {
                out.put(key, Map.entry(k.strip(), v));
            }
        });
        return out;
    }
}
