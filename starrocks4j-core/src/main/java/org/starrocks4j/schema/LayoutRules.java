package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules on how data is laid out: distribution, sort key and partitioning ({@link PartitionRules}). */
final class LayoutRules {

    private LayoutRules() {
    }

    static void check(Table table, List<String> problems) {
        distribution(table, problems);
        orderBy(table, problems);
        if (table.partitioning() != null) {
            PartitionRules.check(table, table.partitioning(), problems);
        }
    }

    private static void distribution(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        KeyType keyType = table.key() == null ? null : table.key().type();
        Distribution d = table.distribution();
        if (d == null) {
            if (keyType == KeyType.AGGREGATE || keyType == KeyType.UNIQUE) {
                // corpus: rejected/0181 (AGGREGATE), 0179 (UNIQUE)
                problems.add(t + ": Currently not support default distribution in "
                        + (keyType == KeyType.AGGREGATE ? "AGG_KEYS" : "UNIQUE_KEYS")
                        + "; give DISTRIBUTED BY HASH(<key columns>)");
            }
            return;
        }
        if (d instanceof Distribution.Random && keyType != null && keyType != KeyType.DUPLICATE) {
            problems.add(t + ": " + keyType.sql() + " cannot use random distribution; use DISTRIBUTED BY HASH(<key columns>)");
        }
        if (d instanceof Distribution.Hash hash) {
            TableRules.requireColumns(table, hash.columns(), "DISTRIBUTED BY HASH", problems);
            TableRules.requireDistinct(table, hash.columns(), "DISTRIBUTED BY HASH", problems);
            for (String c : hash.columns()) {
                table.column(c).filter(col -> !TypeFacts.keyable(col.type())).ifPresent(col -> problems.add(t
                        + ": Distribution column[" + col.name() + "] type " + col.type().toSql() + " cannot be hashed; "
                        + "distribute by columns of other types"));
            }
            if (keyType != null && keyType != KeyType.DUPLICATE) {
                for (String c : hash.columns()) {
                    if (table.column(c).isPresent() && !TableRules.contains(table.key().columns(), c)) {
                        problems.add(t + ": distribution column '" + c + "' is not a key column; "
                                + keyType.sql() + " tables distribute by key columns only");
                    }
                }
            }
        }
    }

    private static void orderBy(Table table, List<String> problems) {
        List<String> order = table.orderBy();
        if (order.isEmpty()) {
            return;
        }
        String t = TableRules.describe(table);
        TableRules.requireColumns(table, order, "ORDER BY", problems);
        Set<String> seen = new HashSet<>();
        for (String c : order) {
            if (!seen.add(c.toLowerCase(Locale.ROOT))) {
                problems.add(t + ": Duplicate sort key column " + c + " is not allowed; list it once in ORDER BY");
            }
        }
        TableKey key = table.key();
        // the server accepts the key columns in any order (corpus: UNIQUE KEY(k1, k2) ORDER BY (k2, k1))
        if (key != null && (key.type() == KeyType.AGGREGATE || key.type() == KeyType.UNIQUE)
                && !sameNameSet(order, key.columns())) {
            problems.add(t + ": The sort columns of " + key.type().sql() + " table must be same with key columns ("
                    + String.join(", ", key.columns()) + "); drop ORDER BY or sort by exactly the key columns");
        }
        if (key != null && key.type() == KeyType.PRIMARY) {
            // corpus rejected/0078 (DOUBLE); CreateTableAnalyzer holds a PRIMARY KEY table's sort key to key types
            for (String c : order) {
                table.column(c).filter(col -> !TypeFacts.primaryKeyable(col.type()))
                        .ifPresent(col -> problems.add(t + ": Sort key column[" + col.name() + "] type not supported: "
                                + col.type().toSql() + " in PrimaryKey table; sort by columns of type BOOLEAN, "
                                + "TINYINT .. LARGEINT, VARCHAR/STRING, DATE or DATETIME"));
            }
        }
    }

    private static boolean sameNameSet(List<String> a, List<String> b) {
        return lowerCase(a).equals(lowerCase(b));
    }

    private static Set<String> lowerCase(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
