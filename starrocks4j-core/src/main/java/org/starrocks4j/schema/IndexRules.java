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

    private static boolean isText(DataType type) {
        return type instanceof CharType || Types.STRING.equals(type);
    }
}
