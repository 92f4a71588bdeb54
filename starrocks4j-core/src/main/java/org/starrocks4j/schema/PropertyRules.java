package org.starrocks4j.schema;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A compression name with a level in parentheses, e.g. {@code zstd(3)}. */
    private static final Pattern COMPRESSION_WITH_LEVEL = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*\\((.*)\\)\\s*");
    private static final int MAX_ZSTD_LEVEL = 22;

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
            if (key.equals("compression")) {
                compression(where + key + "' = '" + value + "': ", value, problems);
            }
            if (key.equals("base_compaction_forbidden_time_ranges")) {
                compactionTimeRanges(object, where + key + "' = '" + value + "': ", value, problems);
            }
        });
    }

    /**
     * Only ZSTD takes a level, a whole number 1..22: {@code zstd(3)}. The plain names are left to the server
     * (corpus: rejected/0062-0072).
     */
    private static void compression(String where, String value, List<String> problems) {
        Matcher m = COMPRESSION_WITH_LEVEL.matcher(value);
        if (!m.matches()) {
            return;
        }
        if (!m.group(1).equalsIgnoreCase("zstd") || !m.group(2).strip().matches("\\d{1,9}")) {
            problems.add(where + "unknown compression type: " + value.strip() + "; only ZSTD takes a level, as zstd(1) .. zstd(22)");
            return;
        }
        int level = Integer.parseInt(m.group(2).strip());
        if (level < 1 || level > MAX_ZSTD_LEVEL) {
            problems.add(where + "Invalid level for zstd compression type; give a level from 1 to " + MAX_ZSTD_LEVEL);
        }
    }

    /**
     * A crontab of the hours when base compaction may not run: refused on PRIMARY KEY tables, and its minute field
     * must be {@code *} (corpus: rejected/0057, 0059).
     */
    private static void compactionTimeRanges(SchemaObject object, String where, String value, List<String> problems) {
        if (object instanceof Table table && table.key() != null && table.key().type() == KeyType.PRIMARY) {
            problems.add(where + "Property base_compaction_forbidden_time_ranges not support primary keys table; "
                    + "remove it");
        }
        String[] fields = value.strip().split("\\s+");
        if (fields.length > 0 && !fields[0].equals("*")) {
            problems.add(where + "Invalid crontab format. The minute field must be '*'");
        }
    }


    private static boolean isWholeNumberAtLeast(String value, long min) {
        try {
            return Long.parseLong(value.trim()) >= min;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
