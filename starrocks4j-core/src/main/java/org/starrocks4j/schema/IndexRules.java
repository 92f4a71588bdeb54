package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Types;

/** Rules on secondary indexes. */
final class IndexRules {

    private IndexRules() {
    }

    static void check(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        Set<String> names = new HashSet<>();
        Set<String> bloomColumns = new HashSet<>();
        for (Index index : table.indexes()) {
            String idx = t + ", index '" + index.name() + "'";
            if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
                problems.add(idx + " is declared twice; give each index its own name");
            }
            TableRules.requireColumns(table, index.columns(), "index " + index.name(), problems);
            if (index.type() == IndexType.GIN || index.type() == IndexType.NGRAMBF) {
                for (String c : index.columns()) {
                    table.column(c).filter(col -> !isText(col.type())).ifPresent(col -> problems.add(idx + ": "
                            + index.type() + " indexes can only be built on CHAR/STRING/VARCHAR columns, and '"
                            + col.name() + "' is " + col.type().toSql()));
                }
            }
            if (index.type() == IndexType.GIN && table.key() != null
                    && table.key().type() != KeyType.DUPLICATE && table.key().type() != KeyType.PRIMARY) {
                problems.add(idx + ": The inverted index can only be build on DUPLICATE/PRIMARY_KEYS table, not "
                        + table.key().type().sql());
            }
            if (index.type() == IndexType.NGRAMBF) {
                for (String c : index.columns()) {
                    if (!bloomColumns.add(c.toLowerCase(Locale.ROOT))) {
                        problems.add(idx + ": column " + c + " should only have one bloom filter index or ngram bloom filter index");
                    }
                }
            }
        }
    }

    /**
     * Indexes of a materialized view: unique names, on columns of its column list (which the grammar requires before
     * any INDEX entry), at most one bloom-filter-like index per column. Column types are not known here, so the
     * text-only rule of GIN and NGRAMBF indexes is left to the server.
     */
    static void check(MaterializedView mv, List<String> problems) {
        if (mv.indexes().isEmpty()) {
            return;
        }
        String m = "materialized view " + mv.name();
        if (mv.columns().isEmpty()) {
            problems.add(m + " has indexes but no column list; list its columns, since StarRocks writes INDEX entries "
                    + "after them: CREATE MATERIALIZED VIEW mv (c1, c2, INDEX i (c1) USING BITMAP) ...");
        }
        Set<String> names = new HashSet<>();
        Set<String> bloomColumns = new HashSet<>();
        Set<String> columns = new HashSet<>();
        mv.columns().forEach(c -> columns.add(c.name().toLowerCase(Locale.ROOT)));
        for (Index index : mv.indexes()) {
            String idx = m + ", index '" + index.name() + "'";
            if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
                problems.add(idx + " is declared twice; give each index its own name");
            }
            for (String c : index.columns()) {
                if (!mv.columns().isEmpty() && !columns.contains(c.toLowerCase(Locale.ROOT))) {
                    problems.add(idx + " names column '" + c + "', which is not in the column list; index one of "
                            + mv.columns().stream().map(ViewColumn::name).toList());
                }
                if (index.type() == IndexType.NGRAMBF && !bloomColumns.add(c.toLowerCase(Locale.ROOT))) {
                    problems.add(idx + ": column " + c + " should only have one ngram bloom filter index");
                }
            }
        }
    }

    private static boolean isText(DataType type) {
        return type instanceof CharType || Types.STRING.equals(type);
    }
}
