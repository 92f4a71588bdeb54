package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.rules.ImplicitLayout;
import org.starrocks4j.rules.PropertyKeys;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerColumns;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

/**
 * Server normalization: a model brought to the one form in which what a user wrote and what the server printed
 * for it (SHOW CREATE) are the same value. It applies what the server adds or rewrites on its own, by server
 * version and run mode, and nothing else:
 *
 * <ul>
 *   <li>types in their canonical spelling ({@code STRING} = {@code VARCHAR(65533)}, {@code BINARY} =
 *       {@code VARBINARY(1048576)}; display widths such as {@code int(11)} never reach the model), and widened
 *       where the server widens them ({@code DECIMAL(15, 2) SUM} is {@code DECIMAL(38, 2)});</li>
 *   <li>every column's nullability stated (key columns of PRIMARY KEY tables and AUTO_INCREMENT columns are
 *       NOT NULL, others NULL), empty comments removed, {@code REPLACE} markers on UNIQUE and PRIMARY KEY value
 *       columns dropped, literal defaults written as literals and as the server prints them (BOOLEAN {@code 1}
 *       and {@code 0}; none on HLL and BITMAP);</li>
 *   <li>the implicit key ({@link ImplicitLayout}: AGGREGATE KEY when value columns have aggregate types, else
 *       DUPLICATE KEY on the leading columns) and the implicit distribution (RANDOM for DUPLICATE KEY tables, HASH
 *       of the key otherwise; none on shared-data 4.1+, which distributes by range);</li>
 *   <li>PROPERTIES with canonical keys and values and without the server's defaults, the ones it drops and the
 *       values that unset them ({@link PropertyDefaults}); {@code replicated_storage} is off whenever a GIN index
 *       exists;</li>
 *   <li>pre-created partitions as the server creates, spells and orders them ({@link PartitionBounds});</li>
 *   <li>expressions (partition keys, generated columns) in one canonical spelling
 *       ({@link SqlNormalizer#canonicalExpression}) with the server's rewrites ({@link ServerExpressions}), and the
 *       hidden generated partition columns of older servers folded back into the partition keys;</li>
 *   <li>the server's placeholder comments ({@code OLAP} for tables, {@code MATERIALIZED_VIEW} for MVs) removed,
 *       {@code SECURITY NONE} stated for views, an unstated REFRESH stated as the server's
 *       ({@link MaterializedView#DEFAULT_REFRESH}), an IMMEDIATE refresh left implicit;</li>
 *   <li>index properties without the server's defaults ({@code "imp_lib" = "clucene"} for GIN, the NGRAMBF
 *       defaults);</li>
 *   <li>no rollups and no synchronous materialized views: SHOW CREATE TABLE does not print them (corpus
 *       live/pairs/0853); a live database shows them through {@code DESC t ALL} and
 *       {@code information_schema.materialized_views} only.</li>
 * </ul>
 *
 * <p>The result is for comparison and inspection; it renders as valid DDL. Normalizing twice changes nothing.
 */
public final class ServerNormalizer {

    /** The server's placeholder table comment (shared-data servers print it when none was given). */
    static final String TABLE_PLACEHOLDER_COMMENT = "OLAP";
    /** The placeholder comment older servers gave materialized views. */
    static final String MV_PLACEHOLDER_COMMENT = "MATERIALIZED_VIEW";

    /** True when the table has a GIN (full-text) index, which decides some properties for the server. */
    static boolean hasGinIndex(Table t) {
        return t.indexes().stream().anyMatch(i -> i.type() == IndexType.GIN);
    }

    /**
     * Index properties the server fills in when they are not given, and prints: type → key → value (live corpus:
     * an NGRAMBF index gets {@code "bloom_filter_fpp" = "0.05", "case_sensitive" = "true", "gram_num" = "2"}).
     */
    private static final Map<IndexType, Map<String, String>> INDEX_DEFAULTS = Map.of(
            IndexType.GIN, Map.of("imp_lib", "clucene"),
            IndexType.NGRAMBF, Map.of("gram_num", "2", "bloom_filter_fpp", "0.05", "case_sensitive", "true"));


    private final ServerProfile server;

    public ServerNormalizer(ServerProfile server) {
        this.server = Objects.requireNonNull(server, "server profile");
    }

    /** A normalizer for the server profile. */
    public static ServerNormalizer forServer(ServerProfile server) {
        return new ServerNormalizer(server);
    }

    public ServerProfile server() {
        return server;
    }

    /** Every object normalized, in order. */
    public Schema normalize(Schema schema) {
        return new Schema(schema.objects().stream().map(this::normalize).toList());
    }

    public SchemaObject normalize(SchemaObject object) {
        if (object instanceof Table t) {
            return normalize(t);
        }
        if (object instanceof View v) {
            return normalize(v);
        }
        return normalize((MaterializedView) object);
    }

    /** The table as the server holds it. */
    public Table normalize(Table table) {
        Table folded = withoutGeneratedPartitionColumns(table);
        Table t = folded.toBuilder().columns(folded.columns().stream().map(this::column).toList()).buildUnchecked();
        TableKey stated = ImplicitLayout.key(t);
        TableKey key = stated == null ? null : spelled(t, stated);
        Table keyed = t.toBuilder().key(key).buildUnchecked();
        List<Column> columns = new ArrayList<>();
        for (Column c : keyed.columns()) {
            columns.add(c.toBuilder().type(ServerColumns.effectiveType(c, keyed)).nullable(keyed.nullable(c))
                    .aggregate(ServerColumns.effectiveAggregate(c, keyed)).build());
        }
        Table.Builder b = keyed.toBuilder()
                .columns(columns)
                .engine(t.engine().toUpperCase(Locale.ROOT))
                .comment(comment(t.comment(), TABLE_PLACEHOLDER_COMMENT))
                .orderBy(spelled(t, t.orderBy()))
                .indexes(t.indexes().stream().map(i -> index(i, t)).toList())
                .rollups(List.of())
                .syncMaterializedViews(List.of());
        if (t.partitioning() != null) {
            b.partitionBy(partitioning(t.partitioning(), keyed));
        }
        b.distributedBy(distribution(keyed));
        b.properties(properties(t.properties(), PropertyDefaults.forTable(server,
                key == null ? null : key.type(), hasGinIndex(t))));
        return b.buildUnchecked();
    }

    /**
     * The table with the partition expressions older servers kept as hidden generated columns folded back: they
     * printed {@code __generated_partition_column_0 ... AS substring(k4, 1, 5)} among the columns and
     * {@code PARTITION BY (__generated_partition_column_0, ...)}; current servers print
     * {@code PARTITION BY (substring(k4, 1, 5), ...)} and no such column (live corpus pair 0381).
     */
    static Table withoutGeneratedPartitionColumns(Table t) {
        if (t.partitioning() == null || t.columns().stream().noneMatch(Column::isGeneratedPartitionColumn)) {
            return t;
        }
        List<PartitionExpression> keys = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (PartitionExpression k : t.partitioning().keys()) {
            Column c = k.isColumn() ? t.column(k.column()).filter(Column::isGeneratedPartitionColumn)
                    .orElse(null) : null;
            keys.add(c == null ? k : PartitionExpression.expression(c.generatedAs()));
            if (c != null) {
                folded.add(c.name());
            }
        }
        return t.toBuilder().columns(t.columns().stream().filter(c -> !folded.contains(c.name())).toList())
                .partitionBy(sameKind(t.partitioning(), keys, t.partitioning().partitions())).buildUnchecked();
    }

    /** The view as the server holds it. */
    public View normalize(View view) {
        return new View(view.name(), viewColumns(view.columns()), blankToNull(view.comment()),
                view.security() == null ? ViewSecurity.NONE : view.security(), definition(view.definition()));
    }

    /** The materialized view as the server holds it. */
    public MaterializedView normalize(MaterializedView mv) {
        Refresh r = mv.effectiveRefresh();
        if (r.moment() == Refresh.Moment.IMMEDIATE) {
            r = new Refresh(null, r.kind(), r.start(), r.every());
        }
        Partitioning p = mv.partitioning() == null ? null : keysOnly(mv.partitioning());
        List<Index> indexes = mv.indexes().stream().map(i -> new Index(i.name(), i.columns(), i.type(),
                indexProperties(i), blankToNull(i.comment()))).toList();
        return new MaterializedView(mv.name(), viewColumns(mv.columns()), indexes,
                comment(mv.comment(), MV_PLACEHOLDER_COMMENT), p, mv.distribution(), mv.orderBy(), r,
                properties(mv.properties(), PropertyDefaults.forMaterializedViews(server)),
                definition(mv.definition()));
    }

    /**
     * The run mode a server that printed these objects runs in: shared-data servers print storage-volume and
     * data-cache properties no shared-nothing server has.
     */
    public static RunMode inferRunMode(Schema printed) {
        for (SchemaObject o : printed.objects()) {
            Map<String, String> props = o instanceof Table t ? t.properties()
                    : o instanceof MaterializedView m ? m.properties() : Map.of();
            for (String k : props.keySet()) {
                String key = k.toLowerCase(Locale.ROOT);
                if (key.equals("storage_volume") || key.startsWith("datacache.")
                        || key.equals("cloud_native_fast_schema_evolution_v2")) {
                    return RunMode.SHARED_DATA;
                }
            }
        }
        return RunMode.SHARED_NOTHING;
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    private Column column(Column c) {
        return c.toBuilder()
                .type(Types.canonical(c.type()))
                .comment(blankToNull(c.comment()))
                .defaultValue(ServerColumns.effectiveDefault(c))
                .generatedAs(c.generatedAs() == null ? null : expression(c.generatedAs()))
                .build();
    }

    /** An expression in canonical spelling, with the server's rewrites ({@link ServerExpressions}). */
    static String expression(String sql) {
        return ServerExpressions.rewrite(SqlNormalizer.canonicalExpression(sql));
    }


    private Distribution distribution(Table t) {
        if (t.distribution() == null && server.sharedData() && server.atLeast(4, 1)
                && (t.key() != null || !t.orderBy().isEmpty())) {
            return null; // range distribution: the server prints no DISTRIBUTED BY
        }
        Distribution d = ImplicitLayout.distribution(t);
        if (d instanceof Distribution.Hash h) {
            return new Distribution.Hash(spelled(t, h.columns()), h.buckets());
        }
        return d;
    }

    private static Partitioning partitioning(Partitioning p, Table t) {
        Partitioning keyed = keysOnly(p);
        List<PartitionExpression> keys = keyed.keys().stream()
                .map(k -> k.isColumn() ? PartitionExpression.column(spelled(t, k.column())) : k).toList();
        Partitioning spelled = sameKind(keyed, keys, keyed.partitions());
        return sameKind(spelled, keys, PartitionBounds.canonical(spelled, t));
    }

    /** Partition keys in canonical spelling; an expression that is only a name is that column. */
    private static Partitioning keysOnly(Partitioning p) {
        List<PartitionExpression> keys = new ArrayList<>();
        for (PartitionExpression k : p.keys()) {
            if (k.isColumn()) {
                keys.add(k);
                continue;
            }
            String sql = expression(k.sql());
            boolean name = sql.matches("[a-z_][a-z0-9_]*") || sql.matches("`(?:[^`]|``)+`");
            keys.add(name ? PartitionExpression.column(unquote(sql)) : PartitionExpression.expression(sql));
        }
        return sameKind(p, keys, p.partitions());
    }

    /** A partitioning of the kind of {@code like} with these keys and pre-created partitions. */
    private static Partitioning sameKind(Partitioning like, List<PartitionExpression> keys,
                                         List<PartitionDefinition> partitions) {
        if (like instanceof Partitioning.Range) {
            return new Partitioning.Range(keys, partitions);
        }
        if (like instanceof Partitioning.ListPartitioning) {
            return new Partitioning.ListPartitioning(keys, partitions);
        }
        return new Partitioning.Expression(keys);
    }

    private static Index index(Index i, Table t) {
        return new Index(i.name(), spelled(t, i.columns()), i.type(), indexProperties(i), blankToNull(i.comment()));
    }

    /** The index's properties with lower-case keys, without the ones the server adds by default. */
    static Map<String, String> indexProperties(Index i) {
        Map<String, String> props = new TreeMap<>();
        i.properties().forEach((k, v) -> {
            if (!defaultIndexProperty(i, k, v)) {
                props.put(k.strip().toLowerCase(Locale.ROOT), v);
            }
        });
        return props;
    }

    /** True when the server gives index {@code i} this property by itself. */
    static boolean defaultIndexProperty(Index i, String key, String value) {
        String d = INDEX_DEFAULTS.getOrDefault(i.type(), Map.of()).get(key.strip().toLowerCase(Locale.ROOT));
        return value.strip().equalsIgnoreCase(d);
    }

    /**
     * Canonical keys and values, sorted by key as the server prints them, without what is default, server-chosen
     * or ignored here.
     */
    private static Map<String, String> properties(Map<String, String> props, PropertyDefaults defaults) {
        Map<String, String> out = new TreeMap<>();
        props.forEach((k, v) -> {
            String key = PropertyKeys.key(k);
            if (!defaults.holdsAnyway(k, v)) {
                out.put(key, PropertyDefaults.canonicalValue(key, v));
            }
        });
        return out;
    }

    private static List<ViewColumn> viewColumns(List<ViewColumn> columns) {
        return columns.stream().map(c -> new ViewColumn(c.name(), blankToNull(c.comment()))).toList();
    }

    private static String definition(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** The comment without the server's placeholder ({@code OLAP}, {@code MATERIALIZED_VIEW}); blank is none. */
    static String comment(String comment, String placeholder) {
        String c = blankToNull(comment);
        return placeholder.equals(c) ? null : c;
    }

    private static TableKey spelled(Table t, TableKey key) {
        return new TableKey(key.type(), spelled(t, key.columns()));
    }

    private static List<String> spelled(Table t, List<String> names) {
        return names.stream().map(n -> spelled(t, n)).toList();
    }

    /** A column reference spelled as the column is declared (StarRocks resolves column names case-insensitively). */
    private static String spelled(Table t, String name) {
        return t.column(name).map(Column::name).orElse(name);
    }

    private static String unquote(String sql) {
        return sql.startsWith("`") ? sql.substring(1, sql.length() - 1).replace("``", "`") : sql;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
