package org.starrocks4j.diff;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the server uses for a property nobody set, per run mode, for tables and for materialized views (the data
 * behind "model silent" decisions). Values compare case-insensitively.
 */
final class PropertyDefaults {

    /** The server picks these itself (sizes, index types, volumes): any value it reports counts as default. */
    private static final Set<String> SERVER_CHOSEN = Set.of("bucket_size", "persistent_index_type", "storage_volume",
            "storage_format", "light_schema_change", "enable_persistent_index", "file_bundling",
            "mutable_bucket_num", "enable_async_write_back", "datacache.enable", "datacache.partition_duration",
            "cloud_native_index_type", "compaction_strategy", "flat_json.enable");

    /** Never reset implicitly: the server reports it only when it is off, and turning it back on is a decision. */
    private static final Set<String> NEVER_RESET = Set.of("enable_statistic_collect_on_first_load");

    /** Invalid or ignored in shared-data clusters: dropped from both sides before comparing. */
    private static final Set<String> SHARED_DATA_IGNORED = Set.of("storage_medium", "storage_cooldown_time",
            "replicated_storage");

    /** Apply to new partitions only on partitioned tables, so ALTER must use their {@code default.} form. */
    static final Set<String> PARTITION_DEFAULTS = Set.of("replication_num", "storage_medium");

    private final Map<String, String> defaults;
    private final RunMode runMode;

    private PropertyDefaults(Map<String, String> defaults, RunMode runMode) {
        this.defaults = defaults;
        this.runMode = runMode;
    }

    static PropertyDefaults forTables(ServerProfile server) {
        boolean sharedData = server.sharedData();
        return new PropertyDefaults(Map.of(
                "replication_num", sharedData ? "1" : "3",
                "compression", "LZ4",
                "fast_schema_evolution", "true",
                "replicated_storage", "true",
                "storage_medium", "HDD",
                "in_memory", "false",
                "enable_statistic_collect_on_first_load", "true"), server.runMode());
    }

    static PropertyDefaults forMaterializedViews(ServerProfile server) {
        boolean sharedData = server.sharedData();
        return new PropertyDefaults(Map.of(
                "replication_num", sharedData ? "1" : "3",
                "storage_medium", "HDD",
                "replicated_storage", "true",
                "mv_rewrite_staleness_second", "0",
                "compression", "LZ4",
                "fast_schema_evolution", "true",
                "in_memory", "false"), server.runMode());
    }

    /** The comparison key: lower case, {@code default.replication_num} = {@code replication_num}. */
    static String key(String property) {
        String k = property.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("default.") && PARTITION_DEFAULTS.contains(k.substring("default.".length()))) {
            return k.substring("default.".length());
        }
        return k;
    }

    /** True when the property does not apply in this run mode and is left out of the comparison. */
    boolean ignored(String key) {
        return runMode == RunMode.SHARED_DATA && SHARED_DATA_IGNORED.contains(key);
    }

    /** The default value, or {@code null} when the server has none we know. */
    String defaultValue(String key) {
        return defaults.get(key);
    }

    /** True when {@code value} is what the server has when nobody set the property. */
    boolean isDefault(String key, String value) {
        if (SERVER_CHOSEN.contains(key)) {
            return true;
        }
        String d = defaults.get(key);
        return d != null && d.equalsIgnoreCase(value.strip());
    }

    boolean neverReset(String key) {
        return NEVER_RESET.contains(key);
    }
}
