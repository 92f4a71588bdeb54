package org.starrocks4j.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;

/**
 * A migration history that builds a {@link SyntheticSchema}: one revision per table, in a line, each creating its table
 * (and the views and materialized views that follow it) and changing the comment of the table before it, as a project
 * that grew one table at a time would have.
 */
public final class SyntheticHistory {

    private SyntheticHistory() {
    }

    /** The revisions, oldest first; replayed they give {@code schema} with changed table comments. */
    public static List<Revision> of(Schema schema) {
        DdlRenderer renderer = DdlRenderer.defaults();
        List<Revision> revisions = new ArrayList<>();
        StringBuilder upgrade = null;
        Table previous = null;
        for (SchemaObject object : schema.objects()) {
            if (object instanceof Table table) {
                if (upgrade != null) {
                    revisions.add(revision(revisions, upgrade));
                }
                upgrade = new StringBuilder(renderer.create(table)).append(";\n");
                if (previous != null) {
                    upgrade.append("ALTER TABLE ").append(previous.name().toSql()).append(" COMMENT = ")
                            .append(SqlText.literal("followed by " + table.name().name())).append(";\n");
                }
                previous = table;
            } else if (upgrade != null) {
                upgrade.append(renderer.create(object)).append(";\n");
            }
        }
        if (upgrade != null) {
            revisions.add(revision(revisions, upgrade));
        }
        return revisions;
    }

    private static Revision revision(List<Revision> before, CharSequence upgrade) {
        int n = before.size();
        List<String> parents = n == 0 ? List.of() : List.of(before.get(n - 1).id());
        return new Revision(String.format("rev%06d", n), parents, "revision " + n,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n), upgrade.toString(), "", null);
    }
}
