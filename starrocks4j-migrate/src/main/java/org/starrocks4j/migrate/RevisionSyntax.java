package org.starrocks4j.migrate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.UnsupportedSqlException;

/**
 * Reads every statement of a revision section when the file is read, so that a statement that cannot run is
 * reported with its file, line and column before any command plans or prints anything (not only by an offline
 * check, nor half-way through an upgrade).
 *
 * <p>Statements about tables, views, materialized views and indexes must parse with {@link DdlParser}, as the
 * migration history replays them; those it reads as valid StarRocks SQL that the model does not hold (a rollup, a
 * partition operation) pass, for the server to run. Any other statement (INSERT, GRANT, SET, ...) is the server's to
 * read: it must only start with a word that starts a StarRocks statement.
 */
final class RevisionSyntax {

    /**
     * The words StarRocks statements start with (the {@code statement} rule of StarRocks' grammar,
     * fe/fe-grammar/.../StarRocks.g4, and its unsupported-but-accepted MySQL statements).
     */
    private static final Set<String> STATEMENT_WORDS = Set.of("ADD", "ADMIN", "ALTER", "ANALYZE", "BACKUP", "BEGIN",
            "CACHE", "CALL", "CANCEL", "CLEAN", "CLEAR", "COMMIT", "CREATE", "DEALLOCATE", "DELETE", "DESC", "DESCRIBE",
            "DISABLE", "DROP", "ENABLE", "EXECUTE", "EXPLAIN", "EXPORT", "GRANT", "HELP", "INSERT", "INSTALL", "KILL",
            "LOAD", "LOCK", "PAUSE", "PREPARE", "RECOVER", "REFRESH", "RESTORE", "RESUME", "REVOKE", "ROLLBACK",
            "SELECT", "SET", "SHOW", "START", "STOP", "SUBMIT", "SUSPEND", "SYNC", "TRACE", "TRANSLATE", "TRUNCATE",
            "UNINSTALL", "UNLOCK", "UNSET", "UPDATE", "USE", "VALUES", "WITH");

    private static final Pattern FIRST_WORD = Pattern.compile("\\s*([A-Za-z_]+)");

    private RevisionSyntax() {
    }

    /**
     * Fails with a {@link RevisionFormatException} naming the file, line, column and statement when a statement of
     * {@code section} cannot run.
     *
     * @param section   the section's SQL text
     * @param name      {@code upgrade} or {@code downgrade}, for the message
     * @param firstLine the line of the file the section text starts on
     * @param where     the file (or resource) the section comes from
     */
    static void check(String section, String name, int firstLine, String where) {
        List<SqlStatements.Located> statements;
        try {
            statements = SqlStatements.locate(section);
        } catch (SqlParseException e) {
            throw new RevisionFormatException(where + ", line " + (firstLine + e.line() - 1) + ", column "
                    + e.column() + ": " + e.problem());
        }
        for (int i = 0; i < statements.size(); i++) {
            String label = name + " statement " + (i + 1) + " of " + statements.size();
            String problem = problem(statements.get(i), firstLine, label);
            if (problem != null) {
                throw new RevisionFormatException(where + ", " + problem + "\nFix the statement in the revision file; "
                        + "nothing was run or printed");
            }
        }
    }

    /** What is wrong with the statement, starting with its position in the file, or {@code null}. */
    private static String problem(SqlStatements.Located statement, int firstLine, String label) {
        String text = statement.text();
        Matcher word = FIRST_WORD.matcher(text);
        boolean startsWithWord = word.lookingAt();
        if (!startsWithWord && !text.strip().startsWith("(")) {
            return at(statement, firstLine) + ": " + label + " does not start with a word: "
                    + SqlStatements.collapseWhitespace(text);
        }
        if (startsWithWord && !STATEMENT_WORDS.contains(word.group(1).toUpperCase(Locale.ROOT))) {
            return at(statement, firstLine) + ": " + label + " starts with '" + word.group(1) + "', which starts no "
                    + "StarRocks statement: " + SqlStatements.collapseWhitespace(text);
        }
        if (!MigrationHistory.changesSchema(text)) {
            return null;
        }
        try {
            DdlParser.parseStatement(text, DdlParser.Validation.UNCHECKED);
            return null;
        } catch (UnsupportedSqlException forTheServerToRun) {
            return null;
        } catch (SqlParseException e) {
            int line = firstLine + statement.line() - 1 + e.line() - 1;
            int column = e.line() == 1 ? statement.column() + e.column() - 1 : e.column();
            return "line " + line + ", column " + column + ": " + label + " does not parse: " + e.problem()
                    + (e.snippet() == null || e.snippet().isEmpty() ? "" : "\n" + e.snippet());
        } catch (IllegalArgumentException e) {
            return at(statement, firstLine) + ": " + label + " cannot be read: " + e.getMessage();
        }
    }

    /** {@code line L, column C} of the statement's first character in the file. */
    static String at(SqlStatements.Located statement, int firstLine) {
        String text = statement.text();
        int line = firstLine + statement.line() - 1;
        int column = statement.column();
        for (int k = 0; k < text.length() && Character.isWhitespace(text.charAt(k)); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
