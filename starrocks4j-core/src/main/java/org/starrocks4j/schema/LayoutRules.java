package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules on how data is laid out: distribution, sort key and partitioning. */
final class LayoutRules {

    private LayoutRules() {
    }

    static void check(Table table, List<String> problems) {
        distribution(table, problems);
        orderBy(table, problems);
        if (table.partitioning() != null) {
            partitioning(table, table.partitioning(), problems);
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
            for (String c : order) {
                table.column(c).filter(col -> col.type().equals(org.starrocks4j.types.Types.DOUBLE)
                                || col.type().equals(org.starrocks4j.types.Types.FLOAT))
                        .ifPresent(col -> problems.add(t + ": Sort key column[" + col.name() + "] type not supported: "
                                + col.type().toSql() + " in PrimaryKey table; sort by another column"));
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

    private static void partitioning(Table table, Partitioning partitioning, List<String> problems) {
        String t = TableRules.describe(table);
        List<String> columnKeys = partitioning.keys().stream()
                .filter(PartitionExpression::isColumn).map(PartitionExpression::column).toList();
        TableRules.requireColumns(table, columnKeys, "PARTITION BY", problems);
        int keys = partitioning.keys().size();
        Set<String> names = new HashSet<>();
        for (PartitionDefinition p : partitioning.partitions()) {
            if (p.name() != null && !names.add(p.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": partition '" + p.name() + "' is declared twice; give each partition its own name");
            }
            String bad = boundProblem(p, keys);
            if (bad != null) {
                problems.add(t + ", partition '" + p.name() + "': " + bad);
            }
        }
    }

    /** Bound values must match the number of partition keys. */
    private static String boundProblem(PartitionDefinition p, int keys) {
        if (p instanceof PartitionDefinition.LessThan lt && lt.values().size() > keys) {
            return "VALUES LESS THAN gives " + lt.values().size() + " values for " + keys + " partition key(s)";
        }
        if (p instanceof PartitionDefinition.Fixed f && f.lower().size() != keys) {
            return "the range bounds give " + f.lower().size() + " values for " + keys + " partition key(s)";
        }
        if (p instanceof PartitionDefinition.In in) {
            for (List<String> tuple : in.values()) {
                if (tuple.size() != keys) {
                    return "VALUES IN entry " + tuple + " has " + tuple.size() + " values for " + keys + " partition key(s)";
                }
            }
        }
        if (p instanceof PartitionDefinition.Batch && keys != 1) {
            return "START/END/EVERY needs exactly one partition key, not " + keys;
        }
        return null;
    }
}
