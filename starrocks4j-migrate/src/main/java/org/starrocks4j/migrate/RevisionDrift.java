package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * A difference between what the version table says was applied and the revision files: a file that is gone,
 * or a file whose statements changed after they ran (checksums differ).
 *
 * @param revision the revision id
 * @param kind     missing or edited
 * @param detail   a sentence for the user
 */
public record RevisionDrift(String revision, Kind kind, String detail) {

    public enum Kind { MISSING, EDITED }

    /** The drifts between the recorded rows and the graph's files. */
    public static List<RevisionDrift> check(RevisionGraph graph, List<AppliedRevision> rows) {
        List<RevisionDrift> out = new ArrayList<>();
        for (AppliedRevision row : rows) {
            if (!graph.contains(row.revision())) {
                out.add(new RevisionDrift(row.revision(), Kind.MISSING, "revision " + row.revision()
                        + (row.message().isEmpty() ? "" : " (" + row.message() + ")") + " is recorded as "
                        + row.state().name().toLowerCase() + " but no revision file has that id"));
                continue;
            }
            Revision revision = graph.get(row.revision());
            List<String> upgrade = revision.upgradeStatements();
            int ran = row.state() == RevisionState.UPGRADING ? row.step() : upgrade.size();
            String expected = Checksums.ofFirst(upgrade, ran);
            if (!expected.equals(row.checksum()) || (row.state() == RevisionState.UPGRADING && ran > upgrade.size())) {
                out.add(new RevisionDrift(row.revision(), Kind.EDITED, "revision " + revision.describe()
                        + " was edited after " + (row.state() == RevisionState.UPGRADING
                        ? "its first " + ran + " statement(s) ran" : "it was applied")
                        + ": its upgrade statements no longer match what the database ran (recorded checksum "
                        + abbreviate(row.checksum()) + ", file now " + abbreviate(expected) + ")"));
            } else if (row.state() == RevisionState.DOWNGRADING) {
                String expectedDown = Checksums.ofFirst(revision.downgradeStatements(), row.step());
                if (!expectedDown.equals(row.stepChecksum())) {
                    out.add(new RevisionDrift(row.revision(), Kind.EDITED, "revision " + revision.describe()
                            + " was edited after the first " + row.step() + " downgrade statement(s) ran"));
                }
            }
        }
        return out;
    }

    /** The remedy, for error messages. */
    public static String remedy() {
        return "Restore the revision files (e.g. from version control). If an edit is intended and the database "
                + "already matches the edited file, record the new checksums with 'starrocks4j stamp --repair'.";
    }

    private static String abbreviate(String checksum) {
        return checksum == null || checksum.length() < 12 ? String.valueOf(checksum) : checksum.substring(0, 12);
    }
}
