package org.starrocks4j.schema;

import java.util.List;
import java.util.Set;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;

/** Rules on the key model: key columns exist, lead the column list in order, and have key-able types. */
final class KeyRules {

    /** Types StarRocks refuses as key columns. */
    private static final Set<Primitive> NOT_KEYABLE = Set.of(Primitive.FLOAT, Primitive.DOUBLE, Primitive.JSON,
            Primitive.VARIANT, Primitive.HLL, Primitive.BITMAP, Primitive.PERCENTILE);

    private KeyRules() {
    }

    static void check(Table table, List<String> problems) {
        TableKey key = table.key();
        if (key == null) {
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

    private static void keyColumn(Table table, TableKey key, Column c, List<String> problems) {
        String col = TableRules.describe(table) + ", column '" + c.name() + "'";
        if (!keyable(c.type())) {
            problems.add(col + ": type " + c.type().toSql() + " cannot be a key column; take it out of the "
                    + key.type().sql() + " or change its type");
        }
        if (key.type() == KeyType.PRIMARY && Boolean.TRUE.equals(c.nullable())) {
            problems.add(col + ": PRIMARY KEY columns are NOT NULL; remove NULL");
        }
        if (c.generatedAs() != null) {
            problems.add(col + ": Generated Column can not be KEY; take it out of the " + key.type().sql());
        }
    }

    private static boolean keyable(DataType type) {
        if (type.isComplex() || type instanceof AggregateStateType) {
            return false;
        }
        return !(type instanceof PrimitiveType p && NOT_KEYABLE.contains(p.kind()));
    }
}
