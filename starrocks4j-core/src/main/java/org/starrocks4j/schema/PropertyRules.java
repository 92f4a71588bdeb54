package org.starrocks4j.schema;

import java.util.List;
import java.util.Map;

/** Rules on PROPERTIES values the server checks when the statement is analysed. */
final class PropertyRules {

    /** Properties whose value must be a whole number of at least the given minimum. */
    private static final Map<String, Long> WHOLE_NUMBERS = Map.of(
            "replication_num", 1L,
            "default.replication_num", 1L,
            "bucket_size", 0L,
            "mutable_bucket_num", 0L,
            "primary_index_cache_expire_sec", 0L,
            "partition_live_number", 0L);

    /** Properties whose value is {@code true} or {@code false}. */
    private static final List<String> BOOLEANS = List.of("enable_persistent_index", "in_memory", "replicated_storage",
            "fast_schema_evolution", "enable_async_write_back", "datacache.enable", "dynamic_partition.enable");

    private PropertyRules() {
    }

    static void check(SchemaObject object, Map<String, String> properties, List<String> problems) {
        String where = object.kind() + " " + object.name() + ", property '";
        properties.forEach((key, value) -> {
            Long min = WHOLE_NUMBERS.get(key);
            if (min != null && !isWholeNumberAtLeast(value, min)) {
                problems.add(where + key + "' = '" + value + "': must be a whole number of at least " + min);
            }
            if (BOOLEANS.contains(key) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problems.add(where + key + "' = '" + value + "': must be true or false");
            }
        });
    }

    private static boolean isWholeNumberAtLeast(String value, long min) {
        try {
            return Long.parseLong(value.trim()) >= min;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
