package org.starrocks4j.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * A model without what the server would hold anyway: the values {@code SHOW CREATE} prints although nobody wrote them
 * ({@code NULL} on nullable columns, {@code COMMENT ""}, {@code "compression" = "LZ4"}, {@code varchar(65533)} for
 * STRING, the default index properties, ...). Models generated from a server's output ({@code codegen}) read as what
 * a person would have written, and still compare equal to it: everything left out is what {@link ServerNormalizer}
 * puts back, by the same rules ({@link PropertyDefaults}), so the diff between the two is empty.
 *
 * <p>Unlike {@link ServerNormalizer#normalize}, which brings a model to the server's one form for comparison, this
 * keeps the model's own spellings and order and only leaves things out. Keys, distribution, partitions and explicit
 * NOT NULL stay: they carry intent even where the server would infer them.
 */
public final class ServerDefaults {

    private final ServerProfile server;

    private ServerDefaults(ServerProfile server) {
        this.server = server;
    }

    /** {@code schema} without the values {@code server} holds anyway. */
    public static Schema omit(Schema schema, ServerProfile server) {
        ServerDefaults defaults = new ServerDefaults(server);
        return new Schema(schema.objects().stream().map(defaults::omit).toList());
    }

    private SchemaObject omit(SchemaObject object) {
        if (object instanceof Table t) {
            return table(t);
        }
        if (object instanceof View v) {
            return new View(v.name(), viewColumns(v.columns()), blankToNull(v.comment()),
                    v.security() == ViewSecurity.NONE ? null : v.security(), v.definition());
        }
        MaterializedView mv = (MaterializedView) object;
        Refresh r = mv.refresh();
        if (r != null && r.moment() == Refresh.Moment.IMMEDIATE) {
            r = new Refresh(null, r.kind(), r.start(), r.every());
        }
        if (MaterializedViewDiff.sameRefresh(r, MaterializedView.DEFAULT_REFRESH)) {
            r = null; // what the server gives a view that states no REFRESH
        }
        return new MaterializedView(mv.name(), viewColumns(mv.columns()),
                mv.indexes().stream().map(ServerDefaults::index).toList(), ServerNormalizer.comment(mv.comment(), ServerNormalizer.MV_PLACEHOLDER_COMMENT), mv.partitioning(),
                mv.distribution(), mv.orderBy(), r,
                properties(mv.properties(), PropertyDefaults.forMaterializedViews(server)), mv.definition());
    }

    private Table table(Table t) {
        List<Column> columns = t.columns().stream().map(c -> column(c, t)).toList();
        PropertyDefaults defaults = PropertyDefaults.forTable(server, t.key() == null ? null : t.key().type(),
                ServerNormalizer.hasGinIndex(t));
        return t.toBuilder()
                .columns(columns)
                .comment(ServerNormalizer.comment(t.comment(), ServerNormalizer.TABLE_PLACEHOLDER_COMMENT))
                .indexes(t.indexes().stream().map(ServerDefaults::index).toList())
                .properties(properties(t.properties(), defaults))
                .buildUnchecked();
    }

    /** The column without an explicit NULL where it is nullable anyway, an empty comment, or VARCHAR(65533). */
    private static Column column(Column c, Table t) {
        Column.Builder b = c.toBuilder().type(stringType(c.type())).comment(blankToNull(c.comment()));
        if (Boolean.TRUE.equals(c.nullable())
                && t.nullable(c.toBuilder().nullable(null).build())) {
            b.nullable(null);
        }
        return b.build();
    }

    /** {@code VARCHAR(65533)}, anywhere in the type, as {@code STRING}: what the server makes of STRING. */
    private static DataType stringType(DataType type) {
        if (type instanceof CharType c && c.varying() && c.length() == CharType.STRING_LENGTH) {
            return Types.STRING;
        }
        if (type instanceof ArrayType a) {
            return new ArrayType(stringType(a.element()));
        }
        if (type instanceof MapType m) {
            return new MapType(stringType(m.key()), stringType(m.value()));
        }
        if (type instanceof StructType s) {
            return new StructType(s.fields().stream()
                    .map(f -> new StructType.Field(f.name(), stringType(f.type()), f.comment())).toList());
        }
        return type;
    }

    private static Index index(Index i) {
        Map<String, String> kept = new LinkedHashMap<>();
        i.properties().forEach((k, v) -> {
            if (!ServerNormalizer.defaultIndexProperty(i, k, v)) {
                kept.put(k, v);
            }
        });
        return new Index(i.name(), i.columns(), i.type(), kept, blankToNull(i.comment()));
    }

    /**
     * The properties, in their order and spelling, without those a current server holds anyway or leaves out. A value
     * only older servers used by default stays: stated, it reads the same on every server.
     */
    private static Map<String, String> properties(Map<String, String> properties, PropertyDefaults defaults) {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (!defaults.impliedNow(k, v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static List<ViewColumn> viewColumns(List<ViewColumn> columns) {
        return columns.stream().map(c -> new ViewColumn(c.name(), blankToNull(c.comment()))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
