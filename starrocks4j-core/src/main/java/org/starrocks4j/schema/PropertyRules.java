package org.starrocks4j.schema;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules on PROPERTIES values the server checks when the statement is analysed (PropertyAnalyzer). */
final class PropertyRules {

    static final String BLOOM_FILTER_COLUMNS = "bloom_filter_columns";
    static final String STORAGE_MEDIUM = "storage_medium";
    static final String COOLDOWN_TIME = "storage_cooldown_time";
    static final String COOLDOWN_TTL = "storage_cooldown_ttl";

    /** Properties whose value must be a whole number of at least the given minimum. */
    private static final Map<String, Long> WHOLE_NUMBERS = Map.of(
            "replication_num", 1L,
            "default.replication_num", 1L,
            "bucket_size", 0L,
            "mutable_bucket_num", 0L,
            "primary_index_cache_expire_sec", 0L);

    /** Properties that take a positive whole number, or -1 for "not set" (PropertyAnalyzer: "Illegal ..."). */
    private static final Set<String> POSITIVE_OR_UNSET = Set.of("partition_live_number", "partition_ttl_number",
            "partition_refresh_number", "auto_refresh_partitions_limit");

    /** Properties whose value is {@code true} or {@code false}. */
    private static final List<String> BOOLEANS = List.of("enable_persistent_index", "in_memory", "replicated_storage",
            "fast_schema_evolution", "enable_async_write_back", "datacache.enable", "dynamic_partition.enable");

    /** Properties with a fixed set of values, compared without case. */
    private static final Map<String, List<String>> CHOICES = Map.of(
            STORAGE_MEDIUM, List.of("SSD", "HDD"),
            "write_quorum", List.of("ONE", "MAJORITY", "ALL"),
            "persistent_index_type", List.of("LOCAL", "CLOUD_NATIVE"));

    /** The compression types a table can use (CompressionUtils.getCompressTypeByName). */
    private static final List<String> COMPRESSIONS = List.of("LZ4", "LZ4_FRAME", "ZLIB", "ZSTD", "SNAPPY");

    /** A compression name with a level in parentheses, e.g. {@code zstd(3)}. */
    private static final Pattern COMPRESSION_WITH_LEVEL = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*\\((.*)\\)\\s*");
    private static final int MAX_ZSTD_LEVEL = 22;
    private static final BigDecimal MIN_FPP = new BigDecimal("0.0001");
    private static final BigDecimal MAX_FPP = new BigDecimal("0.05");

    private PropertyRules() {
    }

    static void check(SchemaObject object, Map<String, String> properties, List<String> problems) {
        String owner = object.kind() + " " + object.name();
        String where = owner + ", property '";
        oneSpellingEach(owner, properties, problems);
        nestedSpellings(object, problems);
        values(where, properties, problems);
        properties.forEach((key, value) -> {
            if (key.equals("base_compaction_forbidden_time_ranges")) {
                compactionTimeRanges(object, where + key + "' = '" + value + "': ", value, problems);
            }
        });
        if (object instanceof Table table) {
            storageMedium(table, properties, problems);
            bloomFilterColumns(table, problems);
            tableOptions(table, properties, problems);
        } else if (object instanceof MaterializedView mv) {
            refreshOptions(mv, properties, problems);
        }
    }

    /**
     * Each property named once, whatever the case. StarRocks knows each property by its lower-case name (CREATE TABLE
     * keeps the spelling and refuses other spellings as "Unknown properties"; index and view properties are read
     * without case, so one spelling silently replaces the other), and starrocks4j compares property names without
     * case ({@code rules.PropertyKeys}): a model holding "ID" and "Id" has no single meaning, and the diff of it with
     * itself would not even be empty.
     *
     * @param owner the object or clause the properties belong to, for the message
     */
    static void oneSpellingEach(String owner, Map<String, String> properties, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (String key : properties.keySet()) {
            String earlier = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            if (earlier != null) {
                problems.add(owner + ": properties '" + earlier + "' and '" + key + "' differ only in case, which makes "
                        + "them one property (StarRocks knows each property by its lower-case name); give it once");
            }
        }
    }

    /** {@link #oneSpellingEach} for the PROPERTIES inside a table or MV: partitions, indexes, rollups, sync MVs. */
    private static void nestedSpellings(SchemaObject object, List<String> problems) {
        String owner = object.kind() + " " + object.name();
        Partitioning partitioning = object instanceof Table t ? t.partitioning()
                : object instanceof MaterializedView mv ? mv.partitioning() : null;
        if (partitioning != null) {
            partitioning.partitions().forEach(p -> oneSpellingEach(owner + ", partition '" + p.name() + "'",
                    p.properties(), problems));
        }
        List<Index> indexes = object instanceof Table t ? t.indexes()
                : object instanceof MaterializedView mv ? mv.indexes() : List.of();
        indexes.forEach(i -> oneSpellingEach(owner + ", index '" + i.name() + "'", i.properties(), problems));
        if (object instanceof Table table) {
            table.rollups().forEach(r -> oneSpellingEach(owner + ", rollup '" + r.name() + "'", r.properties(),
                    problems));
            table.syncMaterializedViews().forEach(v -> oneSpellingEach(owner + ", synchronous materialized view '"
                    + v.name() + "'", v.properties(), problems));
        }
    }

    /** The rules on one value alone, shared with {@code ALTER ... SET (...)}. */
    static void values(String where, Map<String, String> properties, List<String> problems) {
        properties.forEach((key, value) -> {
            String at = where + key + "' = '" + value + "': ";
            Long min = WHOLE_NUMBERS.get(key);
            if (min != null && !isWholeNumberAtLeast(value, min)) {
                problems.add(at + "must be a whole number of at least " + min);
            }
            if (POSITIVE_OR_UNSET.contains(key) && !isWholeNumberAtLeast(value, 1) && !value.strip().equals("-1")) {
                problems.add(at + "must be a positive whole number (or -1 for none)");
            }
            if (BOOLEANS.contains(key) && !isBoolean(value)) {
                problems.add(at + "must be true or false");
            }
            List<String> choices = CHOICES.get(key);
            if (choices != null && choices.stream().noneMatch(c -> c.equalsIgnoreCase(value.strip()))) {
                problems.add(at + "must be one of " + String.join(", ", choices));
            }
            if (key.equals("compression")) {
                compression(at, value, problems);
            }
            if (key.equals("bloom_filter_fpp") && !isFpp(value)) {
                problems.add(at + "Bloom filter fpp should in [" + MIN_FPP + ", " + MAX_FPP + "]");
            }
        });
    }

    /**
     * Only ZSTD takes a level, a whole number 1..22: {@code zstd(3)}; plain names are the server's compression types
     * (corpus: rejected/0062-0072).
     */
    private static void compression(String where, String value, List<String> problems) {
        Matcher m = COMPRESSION_WITH_LEVEL.matcher(value);
        if (!m.matches()) {
            if (COMPRESSIONS.stream().noneMatch(c -> c.equalsIgnoreCase(value.strip()))) {
                problems.add(where + "unknown compression type: " + value.strip() + "; use one of "
                        + String.join(", ", COMPRESSIONS));
            }
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
     * A crontab of the hours when base compaction may not run: refused on PRIMARY KEY tables, its minute field must
     * be {@code *} and its day of week is 1 (Sunday) .. 7 (corpus: rejected/0057, 0059, 0061).
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
        if (fields.length == 5) {
            for (String number : fields[4].split("[^0-9]+")) {
                if (!number.isEmpty() && (Integer.parseInt(number) < 1 || Integer.parseInt(number) > 7)) {
                    problems.add(where + "Invalid crontab format: the day of week is 1 (Sunday) .. 7, not " + number);
                    break;
                }
            }
        }
    }

    /**
     * {@code storage_medium} with its cooldown: a cooldown time or TTL moves data from SSD to HDD, so it needs
     * {@code "storage_medium" = "SSD"}, takes one of the two, and PRIMARY KEY tables refuse it (servers from 3.1 on:
     * StarRocks PR #29495, August 2023, "Primary key table does not support storage medium cool down currently";
     * 3.0 and older accepted it). A cooldown time must also lie in the future when the statement runs: see
     * {@link ModelValidator#problemsWhenRun}.
     */
    private static void storageMedium(Table table, Map<String, String> properties, List<String> problems) {
        String t = TableRules.describe(table) + ": ";
        String medium = properties.get(STORAGE_MEDIUM);
        boolean time = properties.containsKey(COOLDOWN_TIME);
        boolean ttl = properties.containsKey(COOLDOWN_TTL);
        if (!time && !ttl) {
            return;
        }
        String cooldown = time ? COOLDOWN_TIME : COOLDOWN_TTL;
        if (time && ttl) {
            problems.add(t + "Invalid data property. " + COOLDOWN_TIME + " and " + COOLDOWN_TTL + " conflict. you can "
                    + "only use one of them; remove one");
        }
        if (medium == null) {
            problems.add(t + "Invalid data property. storage medium property is not found: " + cooldown + " needs "
                    + "\"storage_medium\" = \"SSD\"");
        } else if (medium.strip().equalsIgnoreCase("HDD")) {
            problems.add(t + "Can not assign cooldown " + (time ? "timestamp" : "ttl") + " to HDD storage medium; "
                    + "data cools down from SSD to HDD, so use \"storage_medium\" = \"SSD\" or remove " + cooldown);
        }
        if (table.key() != null && table.key().type() == KeyType.PRIMARY) {
            problems.add(t + "Primary key table does not support storage medium cool down currently (StarRocks 3.1 "
                    + "and later); remove \"" + cooldown + "\" (\"storage_medium\" alone is accepted)");
        }
    }

    /**
     * {@code bloom_filter_columns}: existing columns, each once, of types the filter can hash, and only key columns
     * where value columns are merged (PropertyAnalyzer.analyzeBloomFilterColumns).
     */
    private static void bloomFilterColumns(Table table, List<String> problems) {
        String t = TableRules.describe(table) + ", property '" + BLOOM_FILTER_COLUMNS + "': ";
        KeyType keyType = table.key() == null ? KeyType.DUPLICATE : table.key().type();
        Set<String> seen = new HashSet<>();
        for (String name : IndexRules.bloomFilterColumns(table)) {
            if (!seen.add(name)) {
                problems.add(t + "Duplicate bloom filter column '" + name + "'; list each column once");
                continue;
            }
            Column c = table.column(name).orElse(null);
            if (c == null) {
                problems.add(t + "Invalid bloom filter column '" + name + "': not exists; name a column of the table");
            } else if (!TypeFacts.bloomFilterable(c.type())) {
                problems.add(t + "Invalid bloom filter column '" + c.name() + "': unsupported type "
                        + c.type().toSql() + " (TINYINT, FLOAT, DOUBLE and non-scalar types cannot be filtered)");
            } else if ((keyType == KeyType.AGGREGATE || keyType == KeyType.UNIQUE)
                    && !TableRules.contains(table.key().columns(), c.name())) {
                problems.add(t + "Bloom filter index only used in columns of DUP_KEYS/PRIMARY table or key columns of "
                        + "UNIQUE_KEYS/AGG_KEYS table. invalid column: " + c.name());
            }
        }
    }

    /** Properties that depend on the rest of the table. */
    private static void tableOptions(Table table, Map<String, String> properties, List<String> problems) {
        String t = TableRules.describe(table) + ": ";
        if ("false".equalsIgnoreCase(properties.getOrDefault("replicated_storage", "").strip())
                && table.columns().stream().anyMatch(Column::autoIncrement)) {
            problems.add(t + "Table with AUTO_INCREMENT column must use Replicated Storage; remove "
                    + "\"replicated_storage\" = \"false\"");
        }
        boolean dynamic = properties.keySet().stream().anyMatch(k -> k.startsWith("dynamic_partition."));
        if (dynamic && table.partitioning() instanceof Partitioning.Expression) {
            problems.add(t + "dynamic_partition properties do not apply to expression (automatic) partitioning, "
                    + "which creates partitions as data arrives; remove them");
        } else if (dynamic && !(table.partitioning() instanceof Partitioning.Range)) {
            problems.add(t + "Only support dynamic partition properties on range partition table; partition by "
                    + "RANGE or remove the dynamic_partition properties");
        }
    }

    /** Materialized view properties that depend on its refresh (PropertyAnalyzer). */
    private static void refreshOptions(MaterializedView mv, Map<String, String> properties, List<String> problems) {
        Refresh.Kind kind = mv.refresh() == null ? null : mv.refresh().kind();
        String m = mv.kind() + " " + mv.name() + ": ";
        if (properties.containsKey("excluded_trigger_tables") && kind != null && kind != Refresh.Kind.ASYNC) {
            problems.add(m + "The excluded_trigger_tables property only applies to asynchronous refreshes; use "
                    + "REFRESH ASYNC or remove it");
        }
        if (properties.containsKey("auto_refresh_partitions_limit") && kind == Refresh.Kind.MANUAL) {
            problems.add(m + "The auto_refresh_partitions_limit property does not support manual refresh mode; use "
                    + "REFRESH ASYNC or remove it");
        }
    }

    static boolean isWholeNumberAtLeast(String value, long min) {
        try {
            return Long.parseLong(value.trim()) >= min;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isBoolean(String value) {
        return value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false");
    }

    /** A bloom filter's false positive probability: 0.0001 .. 0.05. */
    static boolean isFpp(String value) {
        try {
            BigDecimal fpp = new BigDecimal(value.strip());
            return fpp.compareTo(MIN_FPP) >= 0 && fpp.compareTo(MAX_FPP) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
