package org.starrocks4j.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.schema.KeyType;

/**
 * The one table of what the server does with PROPERTIES on its own, per object kind, run mode and key model: the
 * values it uses for properties nobody set (and which older servers printed), the properties it chooses itself,
 * the ones it ignores or drops, and how it re-spells values. {@link ServerNormalizer} and the diff both read it.
 * The values come from the real-server outputs in {@code starrocks-corpus/}. Keys and values compare
 * case-insensitively.
 */
final class PropertyDefaults {

    /** What a default applies to. */
    private enum Scope { TABLE, MATERIALIZED_VIEW, BOTH }

    /**
     * One default.
     *
     * @param key        the property
     * @param scope      tables, materialized views or both
     * @param runMode    the run mode it applies in, or {@code null} for both
     * @param primaryKey true when it applies to PRIMARY KEY tables only
     * @param values     the server's value when unset: the current one first, then values older servers used (all
     *                   count as default, since a server of unknown version may print any of them)
     */
    private record Default(String key, Scope scope, RunMode runMode, boolean primaryKey, List<String> values) {
        boolean appliesTo(boolean materializedView, RunMode mode, boolean isPrimaryKey) {
            boolean kind = scope == Scope.BOTH || (scope == Scope.MATERIALIZED_VIEW) == materializedView;
            return kind && (runMode == null || runMode == mode) && (!primaryKey || isPrimaryKey);
        }
    }

    private static final RunMode NOTHING = RunMode.SHARED_NOTHING;
    private static final RunMode DATA = RunMode.SHARED_DATA;

    private static final List<Default> DEFAULTS = List.of(
            new Default("replication_num", Scope.BOTH, NOTHING, false, List.of("3")),
            new Default("replication_num", Scope.BOTH, DATA, false, List.of("1")),
            new Default("compression", Scope.BOTH, null, false, List.of("LZ4")),
            new Default("fast_schema_evolution", Scope.BOTH, null, false, List.of("true")),
            new Default("cloud_native_fast_schema_evolution_v2", Scope.BOTH, DATA, false, List.of("true")),
            new Default("replicated_storage", Scope.BOTH, null, false, List.of("true")),
            new Default("storage_medium", Scope.BOTH, null, false, List.of("HDD")),
            new Default("in_memory", Scope.BOTH, null, false, List.of("false")),
            new Default("light_schema_change", Scope.TABLE, null, false, List.of("true")),
            new Default("enable_persistent_index", Scope.TABLE, null, true, List.of("true", "false")),
            new Default("persistent_index_type", Scope.TABLE, NOTHING, true, List.of("LOCAL")),
            new Default("persistent_index_type", Scope.TABLE, DATA, true, List.of("CLOUD_NATIVE")),
            new Default("bucket_size", Scope.TABLE, null, false, List.of("1073741824", "4294967296")),
            new Default("enable_load_profile", Scope.TABLE, null, false, List.of("false")),
            new Default("enable_statistic_collect_on_first_load", Scope.TABLE, null, false, List.of("true")),
            new Default("datacache.enable", Scope.BOTH, DATA, false, List.of("true")),
            new Default("enable_async_write_back", Scope.BOTH, DATA, false, List.of("false")),
            // filled in when dynamic partitioning or flat JSON is enabled (live corpus pairs 1693, 1710)
            new Default("dynamic_partition.start", Scope.BOTH, null, false, List.of("-2147483648")),
            new Default("dynamic_partition.history_partition_num", Scope.BOTH, null, false, List.of("0")),
            new Default("flat_json.null.factor", Scope.TABLE, null, false, List.of("0.3")),
            new Default("flat_json.sparsity.factor", Scope.TABLE, null, false, List.of("0.3")),
            new Default("flat_json.column.max", Scope.TABLE, null, false, List.of("100")),
            new Default("mv_rewrite_staleness_second", Scope.MATERIALIZED_VIEW, null, false, List.of("0")),
            // no bloom filter: SET ("bloom_filter_columns" = "") removes them (corpus accepted/alter/0516.sql on an
            // MV; StarRocks documents the same for tables), so adding one has a downgrade
            new Default("bloom_filter_columns", Scope.BOTH, null, false, List.of("")));

    /** The server picks these itself (volumes, layouts, tuning): any value it reports counts as default. */
    private static final Set<String> SERVER_CHOSEN = Set.of("storage_volume", "file_bundling",
            "mutable_bucket_num", "datacache.partition_duration", "cloud_native_index_type", "compaction_strategy",
            "flat_json.enable", "dynamic_partition.time_zone");

    /**
     * Accepted in CREATE TABLE but dropped by the server: never printed, and refused by ALTER ... SET ("Unknown
     * properties"). Left out of the comparison, so they never become a change (live corpus: create/0519).
     */
    private static final Set<String> DROPPED_BY_SERVER = Set.of("storage_format");

    /**
     * Values that mean "not set": the server stores the property as unset and omits it from SHOW CREATE (live
     * corpus: pairs/0304 {@code "bucket_size" = "0"}); an empty value unsets any property
     * ({@code SET ("bloom_filter_columns" = "")}).
     */
    private static final Map<String, String> UNSET_VALUES = Map.of("bucket_size", "0");

    /** Only PRIMARY KEY tables have a persistent index; the server drops these from other tables. */
    private static final Set<String> PRIMARY_KEY_ONLY = Set.of("enable_persistent_index", "persistent_index_type");

    /** Never reset implicitly: the server reports it only when it is off, and turning it back on is a decision. */
    private static final Set<String> NEVER_RESET = Set.of("enable_statistic_collect_on_first_load");

    /** Invalid or ignored in shared-data clusters: dropped from both sides before comparing. */
    private static final Set<String> SHARED_DATA_IGNORED = Set.of("storage_medium", "storage_cooldown_time",
            "replicated_storage");

    /** Properties holding a human-readable period ({@code 3 day}), which the server re-spells ({@code 3 days}). */
    private static final Set<String> PERIODS = Set.of("storage_cooldown_ttl");

    /** Properties holding a column list, which the server prints separated by {@code ", "}. */
    private static final Set<String> COLUMN_LISTS = Set.of("bloom_filter_columns");

    /** Values the server prints in upper case. */
    private static final Set<String> UPPER_CASE_VALUES = Set.of("compression", "storage_medium",
            "persistent_index_type");

    /** Apply to new partitions only on partitioned tables, so ALTER must use their {@code default.} form. */
    static final Set<String> PARTITION_DEFAULTS = Set.of("replication_num", "storage_medium");

    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "\\s*(?:[^\\s(]+)?\\s*\\(([^)]*)\\)\\s*REFERENCES\\s+([^\\s(]+)\\s*\\(([^)]*)\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** The server turns these off, whatever was asked, on tables with a GIN (full-text) index. */
    private static final Set<String> FORCED_BY_GIN_INDEX = Set.of("replicated_storage");

    private final boolean materializedView;
    private final RunMode runMode;
    private final boolean primaryKey;
    private final boolean ginIndex;

    private PropertyDefaults(boolean materializedView, RunMode runMode, boolean primaryKey, boolean ginIndex) {
        this.materializedView = materializedView;
        this.runMode = runMode;
        this.primaryKey = primaryKey;
        this.ginIndex = ginIndex;
    }

    /** Defaults of tables of any key model. */
    static PropertyDefaults forTables(ServerProfile server) {
        return new PropertyDefaults(false, server.runMode(), true, false);
    }

    /**
     * Defaults of tables with that key model ({@code null}: the implicit DUPLICATE KEY), with or without a GIN
     * index.
     */
    static PropertyDefaults forTable(ServerProfile server, KeyType keyType, boolean ginIndex) {
        return new PropertyDefaults(false, server.runMode(), keyType == KeyType.PRIMARY, ginIndex);
    }

    static PropertyDefaults forMaterializedViews(ServerProfile server) {
        return new PropertyDefaults(true, server.runMode(), false, false);
    }

    /** The comparison key: lower case, {@code default.replication_num} = {@code replication_num}. */
    static String key(String property) {
        String k = property.strip().toLowerCase(Locale.ROOT);
        if (k.startsWith("default.") && PARTITION_DEFAULTS.contains(k.substring("default.".length()))) {
            return k.substring("default.".length());
        }
        return k;
    }

    /** The value of a property by its comparison key ({@code default.replication_num} is {@code replication_num}). */
    static String value(Map<String, String> properties, String key) {
        String wanted = key(key);
        return properties.entrySet().stream().filter(e -> key(e.getKey()).equals(wanted)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /**
     * The value as the server prints it: {@code zstd ( 3)} → {@code ZSTD(3)}, booleans in lower case, and
     * constraints without the catalog and database the server adds to the tables they name.
     */
    static String canonicalValue(String key, String value) {
        String v = value.strip();
        if (UPPER_CASE_VALUES.contains(key)) {
            return v.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return v.toLowerCase(Locale.ROOT);
        }
        if (PERIODS.contains(key)) {
            return HumanReadablePeriod.canonical(v);
        }
        if (COLUMN_LISTS.contains(key)) {
            return String.join(", ", Arrays.stream(v.split(",")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList());
        }
        if (key.equals("unique_constraints")) {
            return canonicalUniqueConstraints(v);
        }
        if (key.equals("foreign_key_constraints")) {
            return canonicalForeignKeys(v);
        }
        return v;
    }

    /** {@code default_catalog.db.t.k1, k2; ...} → {@code k1,k2;...}: the server qualifies columns by table. */
    private static String canonicalUniqueConstraints(String value) {
        StringBuilder out = new StringBuilder();
        for (String constraint : value.split(";")) {
            if (constraint.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(';');
            }
            StringBuilder columns = new StringBuilder();
            for (String column : constraint.split(",")) {
                String c = column.strip();
                columns.append(columns.length() > 0 ? "," : "").append(lastPart(c));
            }
            out.append(columns);
        }
        return out.toString();
    }

    /** {@code t(k1) REFERENCES s1(k1)} → {@code (k1) REFERENCES s1(k1)}: the server drops the own table and qualifies the other. */
    private static String canonicalForeignKeys(String value) {
        StringBuilder out = new StringBuilder();
        for (String constraint : value.split(";")) {
            if (constraint.isBlank()) {
                continue;
            }
            Matcher m = FOREIGN_KEY.matcher(constraint);
            String c = m.matches()
                    ? "(" + columns(m.group(1)) + ") REFERENCES " + lastPart(m.group(2)) + "(" + columns(m.group(3)) + ")"
                    : constraint.strip();
            out.append(out.length() > 0 ? ";" : "").append(c);
        }
        return out.toString();
    }

    private static String columns(String list) {
        StringBuilder out = new StringBuilder();
        for (String c : list.split(",")) {
            out.append(out.length() > 0 ? "," : "").append(c.strip().replace("`", ""));
        }
        return out.toString();
    }

    private static String lastPart(String dotted) {
        String s = dotted.strip().replace("`", "");
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /**
     * True when {@code value} leaves the property unset: the server omits it, as if it were not given (an empty
     * value, or a value such as {@code "bucket_size" = "0"}).
     */
    static boolean unsets(String key, String value) {
        String v = value.strip();
        return v.isEmpty() || v.equals(UNSET_VALUES.get(key));
    }

    /** True when the property does not apply here and is left out of the comparison (and of a normalized model). */
    boolean ignored(String key) {
        if (DROPPED_BY_SERVER.contains(key) || runMode == RunMode.SHARED_DATA && SHARED_DATA_IGNORED.contains(key)
                || ginIndex && FORCED_BY_GIN_INDEX.contains(key)) {
            return true;
        }
        return !materializedView && !primaryKey && PRIMARY_KEY_ONLY.contains(key);
    }

    /** The value the current server uses when the property is unset, or {@code null} when there is none we know. */
    String defaultValue(String key) {
        Default d = find(key);
        return d == null ? null : d.values().get(0);
    }

    /** True when {@code value} is what the server has when nobody set the property. */
    boolean isDefault(String key, String value) {
        if (SERVER_CHOSEN.contains(key)) {
            return true;
        }
        Default d = find(key);
        if (d == null) {
            return false;
        }
        String v = canonicalValue(key, value);
        return d.values().stream().anyMatch(dv -> canonicalValue(key, dv).equalsIgnoreCase(v));
    }

    /**
     * True when the server holds the property this way without being told, or leaves it out: it does not apply
     * here, the value unsets it, or it is the default. Key and value as written.
     */
    boolean holdsAnyway(String property, String value) {
        String key = key(property);
        String canonical = canonicalValue(key, value);
        return ignored(key) || unsets(key, canonical) || isDefault(key, canonical);
    }

    /**
     * True when a current server holds the property this way without being told: as {@link #holdsAnyway}, but of the
     * defaults only the current one (a value older servers used is kept: a current server would need it stated).
     */
    boolean impliedNow(String property, String value) {
        String key = key(property);
        String canonical = canonicalValue(key, value);
        if (ignored(key) || unsets(key, canonical) || SERVER_CHOSEN.contains(key)) {
            return true;
        }
        String current = defaultValue(key);
        return current != null && canonicalValue(key, current).equalsIgnoreCase(canonical);
    }

    boolean neverReset(String key) {
        return NEVER_RESET.contains(key);
    }

    private Default find(String key) {
        for (Default d : DEFAULTS) {
            if (d.key().equals(key) && d.appliesTo(materializedView, runMode, primaryKey)) {
                return d;
            }
        }
        return null;
    }
}
