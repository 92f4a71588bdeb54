package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes revisions as Flyway SQL migrations: {@code V<n>__<slug>.sql} with the upgrade statements and
 * {@code U<n>__<slug>.sql} (Flyway undo migrations) with the downgrade statements, numbered in the graph's
 * order (parents first). Flyway's history is linear, so branches are flattened in that order. A revision whose
 * downgrade cannot undo all of it ({@link Revision#notUndone()}) gets no undo migration, so that Flyway refuses to
 * undo it, as starrocks4j does; its versioned migration says why.
 */
public final class FlywayExport {

    private FlywayExport() {
    }

    /** Writes the files into {@code out} (created if needed); returns them. Existing files are overwritten. */
    public static List<Path> write(RevisionGraph graph, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        int n = 0;
        for (Revision r : graph.revisions()) {
            n++;
            String slug = RevisionDirectory.slug(r.message());
            String suffix = "__" + (slug.isEmpty() ? r.id() : slug) + ".sql";
            Path v = out.resolve("V" + n + suffix);
            Files.writeString(v, file(r, r.upgradeStatements(), "upgrade"), StandardCharsets.UTF_8);
            written.add(v);
            boolean undoable = r.notUndone().isEmpty();
            if (undoable && (!r.downgradeStatements().isEmpty() || r.upgradeStatements().isEmpty())) {
                Path u = out.resolve("U" + n + suffix);
                Files.writeString(u, file(r, r.downgradeStatements(), "undo"), StandardCharsets.UTF_8);
                written.add(u);
            }
        }
        return written;
    }

    private static String file(Revision r, List<String> statements, String what) {
        StringBuilder out = new StringBuilder();
        out.append("-- starrocks4j revision ").append(r.id()).append(" (").append(what).append(")");
        if (!r.message().isEmpty()) {
            out.append(": ").append(r.message());
        }
        out.append('\n');
        if (what.equals("upgrade")) {
            r.notUndone().forEach(why -> out.append(RevisionFile.IRREVERSIBLE_MARKER).append(" (no undo migration) ")
                    .append(why).append('\n'));
        }
        for (String statement : statements) {
            out.append(statement).append(";\n");
        }
        return out.toString();
    }
}
