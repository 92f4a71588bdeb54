package org.starrocks4j.migrate;

import java.nio.file.Path;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSourceProvider;
import org.starrocks4j.source.SourceContext;

/**
 * {@code history:DIR[@REV]}: the schema the revision files in {@code DIR} build, replayed without a server
 * ({@link MigrationHistory}); up to every head, or with {@code @REV} up to that revision (a revision id, a
 * unique prefix, {@code head} or {@code base}).
 */
public final class HistorySourceProvider implements SchemaSourceProvider {

    static final String PREFIX = "history:";

    @Override
    public boolean handles(String spec) {
        return spec.startsWith(PREFIX);
    }

    @Override
    public String usage() {
        return "history:DIR[@REV]  the schema the revision files in DIR build (replayed), up to REV (default: heads)";
    }

    @Override
    public Schema load(String spec, SourceContext context) throws Exception {
        String rest = spec.substring(PREFIX.length()).strip();
        int at = rest.lastIndexOf('@');
        String folder = at < 0 ? rest : rest.substring(0, at);
        String target = at < 0 ? "heads" : rest.substring(at + 1).strip();
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' names no folder; write e.g. history:migrations or "
                    + "history:migrations@head");
        }
        RevisionGraph graph = new RevisionDirectory(Path.of(folder)).graph();
        return MigrationHistory.replay(graph, graph.appliedAt(target), context.progress());
    }
}
