package org.starrocks4j.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.starrocks4j.lexical.SqlParseException;

/**
 * The text format of revision files: plain SQL with a small header and two sections.
 *
 * <pre>
 * -- starrocks4j revision
 * -- id: 3f2a9c1d7e4b
 * -- parents: 1a2b3c4d5e6f
 * -- message: Add column and modify comment
 * -- created: 2026-11-25T05:30:00Z
 *
 * -- @upgrade
 * ALTER TABLE `my_table` ADD COLUMN `new_column` DATETIME NULL;
 *
 * -- @downgrade
 * ALTER TABLE `my_table` DROP COLUMN `new_column`;
 * </pre>
 *
 * {@code parents} lists parent ids separated by spaces; a base revision has {@code (none)}. Other comment lines
 * in the header are free text. The sections hold any SQL; statements end with {@code ;}. Every statement is read
 * when the file is ({@link RevisionSyntax}): one that cannot run fails with the file, line and column. A
 * downgrade-section line starting with {@value #IRREVERSIBLE_MARKER} says what the downgrade cannot undo.
 */
public final class RevisionFile {

    /** First line of every revision file. */
    public static final String MAGIC = "-- starrocks4j revision";
    /** Line that starts the upgrade section. */
    public static final String UPGRADE_MARKER = "-- @upgrade";
    /** Line that starts the downgrade section. */
    public static final String DOWNGRADE_MARKER = "-- @downgrade";
    /**
     * Start of a downgrade-section line that says what the downgrade cannot undo (the rest of the line: the object,
     * the server's rule and the way out). The runner does not run such a downgrade unless told to.
     */
    public static final String IRREVERSIBLE_MARKER = "-- IRREVERSIBLE:";

    private static final String NO_PARENTS = "(none)";

    private RevisionFile() {
    }

    /** The file text of {@code revision}. */
    public static String render(Revision revision) {
        StringBuilder out = new StringBuilder();
        out.append(MAGIC).append('\n');
        out.append("-- id: ").append(revision.id()).append('\n');
        out.append("-- parents: ")
                .append(revision.parents().isEmpty() ? NO_PARENTS : String.join(" ", revision.parents())).append('\n');
        out.append("-- message: ").append(revision.message()).append('\n');
        out.append("-- created: ").append(revision.created().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append('\n').append(UPGRADE_MARKER).append('\n');
        appendSection(out, revision.upgrade());
        out.append('\n').append(DOWNGRADE_MARKER).append('\n');
        appendSection(out, revision.downgrade());
        return out.toString();
    }

    private static void appendSection(StringBuilder out, String sql) {
        String body = sql.strip();
        if (!body.isEmpty()) {
            out.append(body).append('\n');
        }
    }

    /**
     * Reads a revision file's text.
     *
     * @param text the file content
     * @param file where it came from (named in errors; may be {@code null})
     * @throws RevisionFormatException naming the file, the line and what is wrong
     */
    public static Revision parse(String text, Path file) {
        return parse(text, file == null ? "revision text" : file.toString(), file);
    }

    /**
     * Reads the text of a revision that is no file of its own (e.g. an entry of a jar).
     *
     * @param where what to name in errors, e.g. {@code classpath:db/starrocks/3f2a9c1d7e4b_init.sql}
     */
    public static Revision parseEntry(String text, String where) {
        return parse(text, where, null);
    }

    private static Revision parse(String text, String where, Path file) {
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase(MAGIC)) {
            throw new RevisionFormatException(where + ": line 1 must be '" + MAGIC + "' (is this a revision file?)");
        }
        Map<String, String> header = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (isMarker(line)) {
                break;
            }
            if (line.isEmpty() || !line.startsWith("--")) {
                if (!line.isEmpty()) {
                    throw new RevisionFormatException(where + ": line " + (i + 1) + ": SQL before '" + UPGRADE_MARKER
                            + "'; put statements in the upgrade or downgrade section");
                }
                continue;
            }
            String comment = line.substring(2).strip();
            int colon = comment.indexOf(':');
            if (colon > 0) {
                String key = comment.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (List.of("id", "parents", "message", "created").contains(key)) {
                    if (header.put(key, comment.substring(colon + 1).strip()) != null) {
                        throw new RevisionFormatException(where + ": line " + (i + 1) + ": header '" + key
                                + "' given twice");
                    }
                }
            }
        }
        StringBuilder upgrade = null;
        StringBuilder downgrade = null;
        StringBuilder current = null;
        int upgradeLine = 0;
        int downgradeLine = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            String marker = line.strip().toLowerCase(Locale.ROOT);
            if (marker.equals(UPGRADE_MARKER)) {
                if (upgrade != null) {
                    throw new RevisionFormatException(where + ": line " + (i + 1) + ": a second upgrade section");
                }
                if (downgrade != null) {
                    throw new RevisionFormatException(where + ": line " + (i + 1)
                            + ": the upgrade section must come before the downgrade section");
                }
                upgrade = new StringBuilder();
                upgradeLine = i + 2;
                current = upgrade;
            } else if (marker.equals(DOWNGRADE_MARKER)) {
                if (downgrade != null) {
                    throw new RevisionFormatException(where + ": line " + (i + 1) + ": a second downgrade section");
                }
                downgrade = new StringBuilder();
                downgradeLine = i + 2;
                current = downgrade;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (upgrade == null) {
            throw new RevisionFormatException(where + ": no '" + UPGRADE_MARKER + "' line; a revision file needs an "
                    + "upgrade section (it may be empty)");
        }
        if (downgrade == null) {
            throw new RevisionFormatException(where + ": no '" + DOWNGRADE_MARKER + "' line; a revision file needs a "
                    + "downgrade section (it may be empty)");
        }
        String id = require(header, "id", where);
        String parentsText = require(header, "parents", where);
        List<String> parents = new ArrayList<>();
        if (!parentsText.equalsIgnoreCase(NO_PARENTS) && !parentsText.isEmpty()) {
            parents.addAll(Arrays.asList(parentsText.split("[\\s,]+")));
        }
        Instant created = Instant.EPOCH;
        String createdText = header.get("created");
        if (createdText != null && !createdText.isEmpty()) {
            try {
                created = Instant.parse(createdText);
            } catch (DateTimeParseException e) {
                throw new RevisionFormatException(where + ": created '" + createdText
                        + "' is not an ISO-8601 instant such as 2026-11-25T05:30:00Z");
            }
        }
        // Every statement is read now, so a statement that cannot run is reported with its file and line before
        // any command plans, prints or runs anything.
        RevisionSyntax.check(upgrade.toString(), "upgrade", upgradeLine, where);
        RevisionSyntax.check(downgrade.toString(), "downgrade", downgradeLine, where);
        try {
            return new Revision(id, parents, header.getOrDefault("message", ""), created, upgrade.toString(),
                    downgrade.toString(), file);
        } catch (IllegalArgumentException e) {
            throw new RevisionFormatException(where + ": " + e.getMessage());
        }
    }

    /**
     * Where statement {@code index} (from 0, as {@link Revision#upgradeStatements()} and
     * {@link Revision#downgradeStatements()} count them) of a section of {@code revision} starts in its file, as
     * {@code FILE, line L, column C}; empty for a revision not read from a file, or one that changed since.
     */
    static Optional<String> statementPosition(Revision revision, Direction section, int index) {
        if (revision.file() == null) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Arrays.asList(Files.readString(revision.file(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        String marker = section == Direction.UPGRADE ? UPGRADE_MARKER : DOWNGRADE_MARKER;
        int first = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (first < 0 && line.equalsIgnoreCase(marker)) {
                first = i + 1;
            } else if (first >= 0 && isMarker(line)) {
                end = i;
                break;
            }
        }
        if (first < 0) {
            return Optional.empty();
        }
        List<SqlStatements.Located> statements;
        try {
            statements = SqlStatements.locate(String.join("\n", lines.subList(first, end)) + "\n");
        } catch (SqlParseException e) {
            return Optional.empty();
        }
        return index < statements.size()
                ? Optional.of(revision.file() + ", " + RevisionSyntax.at(statements.get(index), first + 1))
                : Optional.empty();
    }

    private static boolean isMarker(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.equals(UPGRADE_MARKER) || l.equals(DOWNGRADE_MARKER);
    }

    private static String require(Map<String, String> header, String key, String where) {
        String value = header.get(key);
        if (value == null) {
            throw new RevisionFormatException(where + ": the header has no '-- " + key + ":' line");
        }
        return value;
    }
}
