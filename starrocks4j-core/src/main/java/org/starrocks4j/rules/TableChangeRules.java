package org.starrocks4j.rules;

import java.util.Set;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;

/**
 * Which table-level ALTERs a current StarRocks FE runs: distribution changes (an OPTIMIZE job) and table
 * properties ({@code ALTER TABLE ... SET}). The diff consults it for upgrades and downgrades alike; a change it
 * refuses is never written as a statement, but reported with the reason (or rebuilt, when rebuilds are allowed).
 * The replay of DDL consults it for every such statement it reads ({@link #setRefusal}, {@link #distributionRefusal}).
 * The rules are the FE's: {@code AlterTableClauseAnalyzer.visitOptimizeClause} and
 * {@code visitModifyTablePropertiesClause}, and {@code AlterJobExecutor.visitModifyTablePropertiesClause}.
 */
public final class TableChangeRules {

    /**
     * How ALTER TABLE changes a property.
     */
    public enum PropertyAlter {
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
            "cloud_native_fast_schema_evolution_v2", "table_query_timeout", "datacache.enable",
            "load_initial_open_partition_number");

    /** Settable only on shared-data (cloud-native) tables; shared-nothing servers refuse them. */
    private static final Set<String> SHARED_DATA_ONLY = Set.of("persistent_index_type", "file_bundling",
            "compaction_strategy", "lake_compaction_max_parallel", "light_weight_tablet_creation");

    /** The FE's message refusing an OPTIMIZE (DISTRIBUTED BY) of a RANDOM-distributed table. */
    public static final String RANDOM_DISTRIBUTION_MESSAGE =
            "Random distribution table already supports automatic scaling and does not require optimization";

    private TableChangeRules() {
    }

    /**
     * Why {@code ALTER TABLE ... DISTRIBUTED BY after} cannot run on {@code table}, distributed by {@code before},
     * or {@code null} when it can. The server refuses any DISTRIBUTED BY on a RANDOM-distributed table (it scales
     * its buckets itself), on a colocated table, and RANDOM for other than DUPLICATE KEY tables; HASH to HASH on
     * other columns or with another bucket count, and HASH to RANDOM on DUPLICATE KEY tables, are accepted.
     */
    public static String distributionRefusal(Table table, Distribution before, Distribution after) {
        if (before instanceof Distribution.Random) {
            return "StarRocks refuses DISTRIBUTED BY on a table with RANDOM distribution (\""
                    + RANDOM_DISTRIBUTION_MESSAGE + "\")";
        }
        if (PropertyKeys.value(table.properties(), "colocate_with") != null) {
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
     * How ALTER TABLE changes the property (its comparison key, {@link PropertyKeys#key}) of {@code table} on
     * the server of {@code rules}.
     */
    public static PropertyAlter propertyAlter(Table table, String key, ServerRules rules) {
        if (refusal(table, key, rules) != null) {
            return PropertyAlter.NOT_SETTABLE;
        }
        if (PropertyKeys.PARTITION_DEFAULTS.contains(key)) {
            return PropertyAlter.PARTITIONS;
        }
        return key.equals("in_memory") ? PropertyAlter.IGNORED : PropertyAlter.SET;
    }

    /**
     * Why ALTER TABLE cannot change the property (its comparison key) of {@code table} on the server of {@code rules},
     * or {@code null} when it can.
     */
    public static String refusal(Table table, String key, ServerRules rules) {
        if (key.equals("replication_num") && PropertyKeys.value(table.properties(), "colocate_with") != null) {
            return "StarRocks does not change the replica count of a colocated table (\"table is colocate table, "
                    + "cannot change replicationNum\")";
        }
        if (SHARED_DATA_ONLY.contains(key) && rules.sharedNothing()) {
            return "StarRocks changes \"" + key + "\" only on shared-data tables";
        }
        if (PropertyKeys.PARTITION_DEFAULTS.contains(key) || SETTABLE.contains(key) || SHARED_DATA_ONLY.contains(key)
                || key.startsWith("dynamic_partition.") || key.equals("in_memory")
                || key.equals("storage_format")) { // what the server prints for it is the normalizer's to settle
            return null;
        }
        String message = switch (key) {
            case "storage_type" -> "Can't change storage type";
            case "tablet_type" -> "Alter tablet type not supported";
            default -> "Unknown properties";
        };
        return "StarRocks sets \"" + key + "\" only in CREATE TABLE (ALTER TABLE ... SET refuses it: \"" + message
                + "\")";
    }

    /**
     * Why {@code ALTER TABLE table SET ("spelled" = "value")}, as a statement writes it, cannot run on the server of
     * {@code rules}, or {@code null}: the property's own rule ({@link #refusal}), and its spelling. The storage medium
     * is a setting of each partition: ALTER TABLE sets the one of partitions created later as
     * {@code default.storage_medium} and the one of existing partitions by MODIFY PARTITION; the plain key is refused
     * on any table (live/alter case 15).
     */
    public static ServerRules.Refusal setRefusal(Table table, String spelled, String value, ServerRules rules) {
        String reason = refusal(table, PropertyKeys.key(spelled), rules);
        if (reason != null) {
            return new ServerRules.Refusal(reason, "leave it as the table was created with it, or rebuild the table "
                    + "with the new value");
        }
        if (spelled.strip().equalsIgnoreCase("storage_medium")) {
            return new ServerRules.Refusal("StarRocks sets the storage medium of a table only as "
                    + "\"default.storage_medium\" and per partition (\"Unknown properties: {storage_medium=" + value
                    + "}\")", "write SET (\"default.storage_medium\" = \"" + value + "\") for the partitions created "
                    + "later and MODIFY PARTITION (*) SET (\"storage_medium\" = \"" + value + "\") for the existing "
                    + "ones");
        }
        return null;
    }
}
