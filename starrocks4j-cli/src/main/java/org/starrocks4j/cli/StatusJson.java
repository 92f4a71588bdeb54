package org.starrocks4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.starrocks4j.migrate.AppliedRevision;
import org.starrocks4j.migrate.MigrationInfo;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionDrift;
import org.starrocks4j.migrate.RevisionGraph;

/**
 * The JSON of {@code history}, {@code heads} and {@code current} ({@code --format json}), for scripts: plain maps and
 * lists written by the toolkit's one JSON writer. Every key is always present ({@code null} or empty when unknown),
 * so a script can rely on the shape.
 */
final class StatusJson {

    private StatusJson() {
    }

    /**
     * One revision: {@code id}, {@code parents}, {@code message}, {@code created}, {@code file}, {@code head},
     * {@code merge}, {@code branchpoint}; with {@code applied} known, {@code state} ({@code pending}, {@code applied},
     * {@code stamped}, {@code upgrading}, {@code downgrading}), {@code step} and {@code updated_at}; with
     * {@code statements}, its {@code upgrade} and {@code downgrade} statements.
     */
    static Map<String, Object> revision(Revision r, RevisionGraph graph, Map<String, AppliedRevision> applied,
                                        boolean statements) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("parents", r.parents());
        out.put("message", r.message());
        out.put("created", r.created().toString());
        out.put("file", r.file() == null ? null : r.file().toString());
        out.put("head", graph.childrenOf(r.id()).isEmpty());
        out.put("merge", r.isMerge());
        out.put("branchpoint", graph.childrenOf(r.id()).size() > 1);
        if (applied != null) {
            AppliedRevision row = applied.get(r.id());
            out.put("state", row == null ? "pending" : row.state().name().toLowerCase(Locale.ROOT));
            out.put("step", row == null ? null : row.step());
            out.put("updated_at", row == null ? null : row.updatedAt());
        }
        if (statements) {
            out.put("upgrade", r.upgradeStatements());
            out.put("downgrade", r.downgradeStatements());
        }
        return out;
    }

    /** {@code {"revisions": [...]}} in the given order, with {@code drifts} when {@code drifts} is not null. */
    static Map<String, Object> revisions(List<Revision> revisions, RevisionGraph graph,
                                         Map<String, AppliedRevision> applied, boolean statements,
                                         List<RevisionDrift> drifts) {
        List<Object> list = new ArrayList<>();
        revisions.forEach(r -> list.add(revision(r, graph, applied, statements)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revisions", list);
        if (drifts != null) {
            out.put("drifts", drifts(drifts));
        }
        return out;
    }

    /**
     * What {@code current} reports: {@code current} (the applied heads, or {@code base}), {@code applied} (the version
     * table's rows), {@code pending} ids, {@code drifts}, {@code lock} ({@code holder} and {@code since}, or
     * {@code null}) and {@code needs_attention}.
     */
    static Map<String, Object> current(MigrationInfo info) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("current", info.current());
        List<Object> rows = new ArrayList<>();
        for (AppliedRevision row : info.state().rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("revision", row.revision());
            r.put("state", row.state().name().toLowerCase(Locale.ROOT));
            r.put("step", row.step());
            r.put("updated_at", row.updatedAt());
            r.put("updated_by", row.updatedBy());
            rows.add(r);
        }
        out.put("applied", rows);
        out.put("pending", info.pending().stream().map(Revision::id).toList());
        out.put("drifts", drifts(info.state().drifts()));
        out.put("lock", info.lock().map(holder -> {
            Map<String, Object> lock = new LinkedHashMap<>();
            lock.put("holder", holder.holder());
            lock.put("since", holder.since());
            return (Object) lock;
        }).orElse(null));
        out.put("needs_attention", info.needsAttention());
        return out;
    }

    private static List<Object> drifts(List<RevisionDrift> drifts) {
        List<Object> out = new ArrayList<>();
        for (RevisionDrift d : drifts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revision", d.revision());
            m.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
            m.put("detail", d.detail());
            out.add(m);
        }
        return out;
    }
}
