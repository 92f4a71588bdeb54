package org.starrocks4j.diff;

import java.util.Set;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;

/**
 * Which table-level ALTERs a current StarRocks FE runs: distribution changes (an OPTIMIZE job) and table
 * properties ({@code ALTER TABLE ... SET}). The diff consults it for upgrades and downgrades alike; a change it
 * refuses is never written as a statement, but reported with the reason (or rebuilt, when rebuilds are allowed).
 * The rules are the FE's: {@code AlterTableClauseAnalyzer.visitOptimizeClause} and
 * {@code visitModifyTablePropertiesClause}, and {@code AlterJobExecutor.visitModifyTablePropertiesClause}.
 */
final class TableChangeRules {

    /**
     * How ALTER TABLE changes a property.
     */
    enum PropertyAlter {
        /** {@code SET ("key" = "value")}. */
        SET,
        /**
         * A property every partition holds for itself (storage medium, replica count): {@code SET ("default.key" =
         * ...)} for the table and for partitions created later, and {@code MODIFY PARTITION (*) SET (...)} for the
         * existing ones.
         */
        PARTITIONS,
        /** The server accepts a SET of it but ignores it (so no statement would ever change it). */
        IGNORED,
        /** Fixed when the table is created: {@code SET} is refused ("Unknown properties", or its own message). */
        NOT_SETTABLE
    }

    /** Keys {@code ALTER TABLE ... SET} takes, as {@code AlterTableClauseAnalyzer} lists them. */
    private static final Set<String> SETTABLE = Set.of(
            "colocate_with", "bloom_filter_columns", "bloom_filter_fpp", "write_quorum", "labels.location",
            "partition_live_number", "partition_ttl", "partition_retention_condition", "time_drift_constraint",
            "storage_cooldown_ttl", "primary_index_cache_expire_sec", "enable_persistent_index", "replicated_storage",
            "bucket_size", "mutable_bucket_num", "enable_load_profile", "enable_statistic_collect_on_first_load",
            "base_compaction_forbidden_time_ranges", "binlog_enable", "binlog_ttl_second", "binlog_max_size",
            "foreign_key_constraints", "unique_constraints", "datacache.partition_duration", "flat_json.enable",
            "flat_json.null.factor", "flat_json.sparsity.factor", "flat_json.column.max",
            "cloud_native_fast_schema_evolution_v2", "table_query_timeout", "datacache.enable");

    /** Settable only on shared-data (cloud-native) tables; shared-nothing servers refuse them. */
    private static final Set<String> SHARED_DATA_ONLY = Set.of("persistent_index_type", "file_bundling",
            "compaction_strategy", "lake_compaction_max_parallel");

    /** The FE's message refusing an OPTIMIZE (DISTRIBUTED BY) of a RANDOM-distributed table. */
    static final String RANDOM_DISTRIBUTION_MESSAGE =
            "Random distribution table already supports automatic scaling and does not require optimization";

    private TableChangeRules() {
    }

    /**
     * Why {@code ALTER TABLE ... DISTRIBUTED BY after} cannot run on {@code table}, distributed by {@code before},
     * or {@code null} when it can. The server refuses any DISTRIBUTED BY on a RANDOM-distributed table (it scales
     * its buckets itself), on a colocated table, and RANDOM for other than DUPLICATE KEY tables; HASH to HASH on
     * other columns or with another bucket count, and HASH to RANDOM on DUPLICATE KEY tables, are accepted.
     */
    static String distributionRefusal(Table table, Distribution before, Distribution after) {
        if (before instanceof Distribution.Random) {
            return "StarRocks refuses DISTRIBUTED BY on a table with RANDOM distribution (\""
                    + RANDOM_DISTRIBUTION_MESSAGE + "\")";
        }
        if (PropertyDefaults.value(table.properties(), "colocate_with") != null) {
            return "StarRocks refuses DISTRIBUTED BY on a colocated table (\"Optimize table in colocate group is not "
                    + "supported\")";
        }
        if (after instanceof Distribution.Random && table.key() != null && table.key().type() != KeyType.DUPLICATE) {
            return "only DUPLICATE KEY tables can use RANDOM distribution (\"" + table.key().type().sql()
                    + " must use hash distribution\")";
        }
        return null;
    }

    /**
     * How ALTER TABLE changes the property (its comparison key, {@link PropertyDefaults#key}) of {@code table} on
     * this server.
     */
    static PropertyAlter propertyAlter(Table table, String key, ServerProfile server) {
        if (refusal(table, key, server) != null) {
            return PropertyAlter.NOT_SETTABLE;
        }
        if (PropertyDefaults.PARTITION_DEFAULTS.contains(key)) {
            return PropertyAlter.PARTITIONS;
        }
        return key.equals("in_memory") ? PropertyAlter.IGNORED : PropertyAlter.SET;
    }

    /** Why ALTER TABLE cannot change the property of {@code table} on this server, or {@code null} when it can. */
    static String refusal(Table table, String key, ServerProfile server) {
        if (key.equals("replication_num") && PropertyDefaults.value(table.properties(), "colocate_with") != null) {
            return "StarRocks does not change the replica count of a colocated table (\"table is colocate table, "
                    + "cannot change replicationNum\")";
        }
        if (SHARED_DATA_ONLY.contains(key) && !server.sharedData()) {
            return "StarRocks changes \"" + key + "\" only on shared-data tables";
        }
        if (PropertyDefaults.PARTITION_DEFAULTS.contains(key) || SETTABLE.contains(key) || SHARED_DATA_ONLY.contains(key)
                || key.startsWith("dynamic_partition.") || key.equals("in_memory")
                || key.equals("storage_format")) { // what the server prints for it is the normalizer's to settle
            return null;
        }
        return "StarRocks sets \"" + key + "\" only in CREATE TABLE (ALTER TABLE ... SET refuses it: \"Unknown "
                + "properties\")";
    }
}
