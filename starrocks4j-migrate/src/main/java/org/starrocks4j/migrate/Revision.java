package org.starrocks4j.migrate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One revision file: a step of the schema's history, with the SQL that applies it and the SQL that reverts it.
 *
 * @param id        the revision id (unique in the migrations folder)
 * @param parents   the revisions this one follows: none for a base revision, two or more for a merge
 * @param message   what the revision does, one line
 * @param created   when the revision was created
 * @param upgrade   the SQL text of the upgrade section, as written in the file
 * @param downgrade the SQL text of the downgrade section, as written in the file
 * @param file      the file it was read from, or {@code null} for a revision not yet written
 */
public record Revision(String id, List<String> parents, String message, Instant created, String upgrade,
                       String downgrade, Path file) {

    public Revision {
        RevisionIds.requireValid(id);
        parents = List.copyOf(parents);
        for (String parent : parents) {
            RevisionIds.requireValid(parent);
        }
        if (parents.contains(id)) {
            throw new IllegalArgumentException("revision " + id + " names itself as its parent");
        }
        if (parents.stream().distinct().count() != parents.size()) {
            throw new IllegalArgumentException("revision " + id + " names a parent twice: " + parents);
        }
        message = message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        Objects.requireNonNull(created, "created");
        upgrade = upgrade == null ? "" : upgrade;
        downgrade = downgrade == null ? "" : downgrade;
    }

    /** The upgrade statements, one per element, comments removed. */
    public List<String> upgradeStatements() {
        return SqlStatements.split(upgrade);
    }

    /** The downgrade statements, one per element, comments removed. */
    public List<String> downgradeStatements() {
        return SqlStatements.split(downgrade);
    }

    /**
     * What the downgrade section says it cannot undo: the text of its {@value RevisionFile#IRREVERSIBLE_MARKER}
     * lines, in order. Empty when the downgrade undoes the whole revision (as far as the file says).
     */
    public List<String> notUndone() {
        return downgrade.lines().map(String::strip)
                .filter(l -> l.regionMatches(true, 0, RevisionFile.IRREVERSIBLE_MARKER, 0,
                        RevisionFile.IRREVERSIBLE_MARKER.length()))
                .map(l -> l.substring(RevisionFile.IRREVERSIBLE_MARKER.length()).strip()).toList();
    }

    /** The checksum of all upgrade statements: what an applied revision must still match. */
    public String checksum() {
        return Checksums.of(upgradeStatements());
    }

    /** True for a revision with several parents. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The same revision, located in {@code path}. */
    public Revision withFile(Path path) {
        return new Revision(id, parents, message, created, upgrade, downgrade, path);
    }

    /** Where it came from, for messages: the file name, or the id. */
    public String describe() {
        return file == null ? id : id + " (" + file.getFileName() + ")";
    }
}
