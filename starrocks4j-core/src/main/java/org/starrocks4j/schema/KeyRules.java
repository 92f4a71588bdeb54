package org.starrocks4j.schema;

import java.util.List;

/** Rules on the key model: key columns exist, lead the column list in order, and have key-able types. */
final class KeyRules {

    private KeyRules() {
    }

    static void check(Table table, List<String> problems) {
        TableKey key = table.key();
        if (key == null) {
            implicitKey(table, problems);
            return;
        }
        String t = TableRules.describe(table);
        String clause = key.type().sql();
        TableRules.requireColumns(table, key.columns(), clause, problems);
        TableRules.requireDistinct(table, key.columns(), clause, problems);
        boolean allExist = key.columns().stream().allMatch(k -> table.column(k).isPresent());
        List<Column> columns = table.columns();
        for (int i = 0; allExist && i < key.columns().size() && i < columns.size(); i++) {
            if (!columns.get(i).name().equalsIgnoreCase(key.columns().get(i))) {
                problems.add(t + ": " + clause + " columns must be the leading columns of the table, in key order ("
                        + String.join(", ", key.columns()) + "); move them to the front");
                break;
            }
        }
        for (String name : key.columns()) {
            table.column(name).ifPresent(c -> keyColumn(table, key, c, problems));
        }
    }

    /**
     * Without a KEY clause (and without aggregate types) the server keys the table on its leading columns, so the
     * first column must be one it can key on (CreateTableAnalyzer: "Data type of first column cannot be ...") and
     * cannot be generated.
     */
    private static void implicitKey(Table table, List<String> problems) {
        Column first = table.columns().get(0);
        if (first.generatedAs() != null && Table.OLAP.equalsIgnoreCase(table.engine())) {
            // the inferred key always holds the first column (CreateTableAnalyzer.analyzeGeneratedColumn)
            problems.add(TableRules.describe(table) + ", column '" + first.name() + "': Generated Column can not be "
                    + "KEY, and a table without a KEY clause is keyed on its leading columns; put an ordinary column "
                    + "first or declare the key");
        }
        // VARIANT lives in external catalogs' tables, which have no key (corpus: accepted/create_table/1025, an
        // Iceberg table); the model does not say which catalog a table is in, so those are left to the server
        if (!TypeFacts.keyable(first.type()) && !TypeFacts.is(first.type(), org.starrocks4j.types.Primitive.VARIANT)) {
            problems.add(TableRules.describe(table) + ", column '" + first.name() + "': Data type of first column "
                    + "cannot be " + first.type().toSql() + ", because a table without a KEY clause is keyed on its "
                    + "leading columns; move a column of another type first or declare the key");
        }
    }

    private static void keyColumn(Table table, TableKey key, Column c, List<String> problems) {
        String col = TableRules.describe(table) + ", column '" + c.name() + "'";
        if (!TypeFacts.keyable(c.type())) {
            problems.add(col + ": type " + c.type().toSql() + " cannot be a key column; take it out of the "
                    + key.type().sql() + " or change its type");
        } else if (key.type() == KeyType.PRIMARY && !TypeFacts.primaryKeyable(c.type())) {
            problems.add(col + ": primary key column type not supported: " + c.type().toSql() + "; PRIMARY KEY "
                    + "columns are BOOLEAN, TINYINT .. LARGEINT, VARCHAR/STRING, DATE or DATETIME");
        }
        if (key.type() == KeyType.PRIMARY && Boolean.TRUE.equals(c.nullable())) {
            problems.add(col + ": PRIMARY KEY columns are NOT NULL; remove NULL");
        }
        if (c.generatedAs() != null) {
            problems.add(col + ": Generated Column can not be KEY; take it out of the " + key.type().sql());
        }
    }
}
