package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Table;

/** Renders the version table's CREATE TABLE IF NOT EXISTS. */
final class VersionTableDdl {

    private VersionTableDdl() {
    }

    static String create(Table table) {
        List<String> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            StringBuilder spec = new StringBuilder("  ").append(SqlText.identifier(c.name())).append(' ')
                    .append(c.type().toSql()).append(c.isNullable() ? " NULL" : " NOT NULL");
            if (c.comment() != null) {
                spec.append(" COMMENT ").append(SqlText.literal(c.comment()));
            }
            columns.add(spec.toString());
        }
        StringBuilder out = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table.name().toSql())
                .append(" (\n").append(String.join(",\n", columns)).append("\n)\n");
        out.append("PRIMARY KEY (").append(SqlText.identifiers(table.key().columns())).append(")\n");
        out.append("COMMENT ").append(SqlText.literal(table.comment())).append('\n');
        Distribution.Hash hash = (Distribution.Hash) table.distribution();
        out.append("DISTRIBUTED BY HASH(").append(SqlText.identifiers(hash.columns())).append(") BUCKETS ")
                .append(hash.buckets());
        if (!table.properties().isEmpty()) {
            List<String> props = new ArrayList<>();
            table.properties().forEach((k, v) -> props.add("  " + SqlText.doubleQuoted(k) + " = "
                    + SqlText.doubleQuoted(v)));
            out.append("\nPROPERTIES (\n").append(String.join(",\n", props)).append("\n)");
        }
        return out.toString();
    }
}
