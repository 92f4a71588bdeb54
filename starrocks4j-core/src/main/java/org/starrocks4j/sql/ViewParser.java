package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.QuerySource;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;

/**
 * Reads views and materialized views: CREATE VIEW, CREATE MATERIALIZED VIEW (column lists with an MV's INDEX
 * entries, COMMENT, SECURITY, PARTITION BY, DISTRIBUTED BY, ORDER BY, REFRESH in every spelling, PROPERTIES) with the
 * query kept verbatim; a synchronous materialized view as an index of its table.
 */
final class ViewParser {

    private static final Set<String> MOMENTS = Set.of("IMMEDIATE", "DEFERRED");
    private static final Set<String> REFRESH_KINDS = Set.of("ASYNC", "MANUAL", "INCREMENTAL", "ON_CHANGE", "SCHEDULE");

    private ViewParser() {
    }

    /** A CREATE VIEW after its name: {@code [(cols)] [COMMENT '...'] [SECURITY ...] AS query}. */
    static View view(TokenCursor cursor, ObjectName name, boolean validate) {
        List<ViewColumn> columns = cursor.isSymbol("(") ? columns(cursor, false) : List.of();
        String comment = null;
        ViewSecurity security = null;
        Set<String> seen = new HashSet<>();
        while (!cursor.isKeyword("AS")) {
            SqlToken at = cursor.peek();
            if (!seen.add(at.text().toUpperCase(Locale.ROOT))) {
                throw cursor.errorAt(at, "the " + at.text().toUpperCase(Locale.ROOT) + " clause is given twice",
                        "each clause once");
            }
            if (cursor.acceptKeywords("COMMENT")) {
                cursor.acceptSymbol("=");
                comment = cursor.string("the view comment");
            } else if (cursor.acceptKeywords("SECURITY")) {
                security = security(cursor);
            } else {
                throw cursor.expected("COMMENT, SECURITY or AS");
            }
        }
        String definition = query(cursor);
        View view = new View(name, columns, comment, security, definition);
        return validate ? StatementParser.validated(cursor, view) : view;
    }

    /** {@code INVOKER | NONE} after SECURITY ({@code DEFINER} is named unsupported). */
    static ViewSecurity security(TokenCursor cursor) {
        SqlToken at = cursor.peek();
        String value = cursor.identifier("INVOKER or NONE").toUpperCase(Locale.ROOT);
        if (value.equals("DEFINER")) {
            throw cursor.unsupported(at, "SECURITY DEFINER", "StarRocks accepts SECURITY INVOKER or NONE");
        }
        try {
            return ViewSecurity.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw cursor.errorAt(at, "'" + at.text() + "' is not a view security", "INVOKER or NONE");
        }
    }

    /** {@code AS query}: everything after AS, verbatim (comments inside kept). */
    static String query(TokenCursor cursor) {
        cursor.expectKeywords("AS");
        if (cursor.atEnd()) {
            throw cursor.expected("the query after AS");
        }
        return cursor.rest();
    }

    /**
     * A view or MV column list: {@code (`a` [COMMENT '...'], ...)}. For MVs, servers before 3.1 printed the columns'
     * expressions unquoted ({@code (k1, count(v1))}); such an item's text is taken as the column's name, which is
     * what those servers meant.
     */
    static List<ViewColumn> columns(TokenCursor cursor, boolean materialized) {
        return columns(cursor, materialized, null);
    }

    /**
     * A column list; for an MV ({@code indexes} not null) also the {@code INDEX i (c) USING ...} entries the server
     * prints after the columns, which are added to {@code indexes}.
     */
    private static List<ViewColumn> columns(TokenCursor cursor, boolean materialized, List<Index> indexes) {
        cursor.expectSymbol("(");
        List<ViewColumn> columns = new ArrayList<>();
        do {
            if (indexes != null && cursor.isKeyword("INDEX") && cursor.peek(1).isIdentifier()) {
                cursor.next();
                indexes.add(LayoutParser.index(cursor));
                continue;
            }
            if (indexes != null && !indexes.isEmpty()) {
                throw cursor.expected("another INDEX entry or ')': in a materialized view's column list the columns "
                        + "come before the indexes");
            }
            int from = cursor.position();
            SqlToken first = cursor.peek();
            String name;
            if (first.isIdentifier() && (cursor.peek(1).isSymbol(",") || cursor.peek(1).isSymbol(")")
                    || cursor.isKeyword(1, "COMMENT"))) {
                name = cursor.next().value();
            } else if (materialized) {
                name = cursor.verbatimUntil(t -> t.isSymbol(",") || t.isKeyword("COMMENT"));
                if (name.isEmpty()) {
                    throw cursor.expected("a column name");
                }
            } else {
                name = cursor.identifier("a column name");
            }
            String comment = cursor.acceptKeywords("COMMENT") ? cursor.string("the column comment") : null;
            columns.add(new ViewColumn(name, comment));
            if (cursor.position() == from) {
                throw cursor.expected("a column name");
            }
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return columns;
    }

    /**
     * A CREATE MATERIALIZED VIEW after its name. As on the server ({@code AstBuilder}), one with neither REFRESH nor
     * DISTRIBUTED BY, or with {@code REFRESH SYNC}, is a synchronous materialized view of the table its query reads
     * ({@link TableOperation.CreateSyncMaterializedView}); every other one is an asynchronous materialized view.
     */
    static Operation materializedView(TokenCursor cursor, ObjectName name, boolean ifNotExists, boolean validate) {
        List<Index> indexes = new ArrayList<>();
        List<ViewColumn> columns = cursor.isSymbol("(") ? columns(cursor, true, indexes) : List.of();
        String comment = null;
        SqlToken partitionAt = null;
        Partitioning partitioning = null;
        SqlToken distributionAt = null;
        Distribution distribution = null;
        List<String> orderBy = List.of();
        Refresh refresh = null;
        boolean synchronous = false;
        Map<String, String> properties = Map.of();
        Set<String> seen = new HashSet<>();
        while (!cursor.isKeyword("AS")) {
            SqlToken at = cursor.peek();
            String clause = at.text().toUpperCase(Locale.ROOT);
            if (at.kind() != SqlToken.Kind.WORD) {
                throw cursor.expected("a materialized view clause (COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, "
                        + "REFRESH, PROPERTIES) or AS");
            }
            if (!seen.add(clause)) {
                throw cursor.errorAt(at, "the " + clause + " clause is given twice", "each clause once");
            }
            switch (clause) {
                case "COMMENT" -> {
                    cursor.next();
                    cursor.acceptSymbol("=");
                    comment = cursor.string("the comment");
                }
                case "PARTITION" -> {
                    partitionAt = cursor.next();
                    cursor.expectKeywords("BY");
                    partitioning = LayoutParser.partitionBy(cursor);
                }
                case "DISTRIBUTED" -> {
                    distributionAt = cursor.next();
                    cursor.expectKeywords("BY");
                    distribution = LayoutParser.distribution(cursor);
                }
                case "ORDER" -> {
                    cursor.next();
                    cursor.expectKeywords("BY");
                    orderBy = LayoutParser.orderBy(cursor);
                }
                case "REFRESH" -> {
                    cursor.next();
                    synchronous = cursor.acceptKeywords("SYNC");
                    refresh = synchronous ? null : refresh(cursor);
                }
                case "PROPERTIES" -> {
                    cursor.next();
                    properties = LayoutParser.properties(cursor);
                }
                default -> throw cursor.expected("a materialized view clause (COMMENT, PARTITION BY, DISTRIBUTED BY, "
                        + "ORDER BY, REFRESH, PROPERTIES) or AS");
            }
        }
        if (synchronous || refresh == null && distribution == null) {
            String how = synchronous ? "REFRESH SYNC" : "no REFRESH and no DISTRIBUTED BY";
            if (partitionAt != null) {
                throw cursor.errorAt(partitionAt, "PARTITION BY is not supported by a synchronous materialized view "
                        + "(" + how + "); remove it, or state REFRESH ASYNC or MANUAL (or DISTRIBUTED BY) for an "
                        + "asynchronous one", "REFRESH ASYNC or MANUAL, or DISTRIBUTED BY, for an asynchronous one");
            }
            if (distributionAt != null) {
                throw cursor.errorAt(distributionAt, "DISTRIBUTED BY is not supported by a synchronous materialized "
                        + "view (REFRESH SYNC); remove it, or state REFRESH ASYNC or MANUAL for an asynchronous one",
                        "REFRESH ASYNC or MANUAL for an asynchronous one");
            }
            return synchronousView(cursor, name, properties); // checked as a statement by StatementParser
        }
        String definition = query(cursor);
        MaterializedView view = new MaterializedView(name, columns, indexes, comment, partitioning, distribution,
                orderBy, refresh, properties, definition);
        return new MaterializedViewOperation.CreateMaterializedView(
                validate ? StatementParser.validated(cursor, view) : view, ifNotExists);
    }

    /**
     * A synchronous materialized view at its {@code AS}: an index of the one table its query reads, in that table's
     * database. The server keeps only its name, query and PROPERTIES; a column list, COMMENT, ORDER BY or IF NOT
     * EXISTS given with it are ignored there, and here.
     */
    private static Operation synchronousView(TokenCursor cursor, ObjectName name, Map<String, String> properties) {
        SqlToken as = cursor.peek();
        String definition = query(cursor);
        ObjectName read = QuerySource.singleTable(definition).orElseThrow(() -> cursor.errorAt(as,
                "a synchronous materialized view (no REFRESH and no DISTRIBUTED BY) reads one table, and this "
                        + "query names no single table after FROM; query one table, or state REFRESH ASYNC or MANUAL "
                        + "for an asynchronous materialized view", "a query on one table"));
        ObjectName table = read.database() != null ? read
                : name.database() != null ? new ObjectName(name.catalog(), name.database(), read.name())
                : cursor.unqualified(read.name());
        if (name.database() != null && table.database() != null && !name.database().equals(table.database())) {
            throw cursor.errorAt(as, "synchronous materialized view " + name.toSql() + " reads table "
                    + table.toSql() + " of another database; it is an index of that table and lives in its database: "
                    + "name it in " + SqlText.identifier(table.database()), "the view named in the table's database");
        }
        return new TableOperation.CreateSyncMaterializedView(table,
                new SyncMaterializedView(name.name(), definition, properties));
    }

    /**
     * After {@code REFRESH}: {@code [IMMEDIATE | DEFERRED] ASYNC | ON_CHANGE | SCHEDULE | MANUAL | INCREMENTAL
     * [START ('...')] [EVERY (INTERVAL n unit)]}. {@code ON_CHANGE} (26.2+) and {@code SCHEDULE} (4.1+) are the newer
     * servers' spellings of ASYNC without and with a schedule, and read as ASYNC.
     */
    static Refresh refresh(TokenCursor cursor) {
        SqlToken at = cursor.peek();
        String moment = cursor.acceptOneOf(MOMENTS);
        String kind = cursor.acceptOneOf(REFRESH_KINDS);
        if (kind == null) {
            if (cursor.isKeyword("SYNC")) {
                // CREATE MATERIALIZED VIEW reads REFRESH SYNC before coming here: this is ALTER MATERIALIZED VIEW
                throw cursor.errorAt(cursor.peek(), "an asynchronous materialized view cannot be made synchronous; "
                        + "use ASYNC, MANUAL or INCREMENTAL (a synchronous one is created as such)",
                        "ASYNC, MANUAL or INCREMENTAL");
            }
            if (moment == null) {
                throw cursor.expected("ASYNC, MANUAL, INCREMENTAL, ON_CHANGE or SCHEDULE after REFRESH");
            }
            kind = "ASYNC"; // REFRESH DEFERRED alone: the default kind
        }
        Refresh.Kind refreshKind = switch (kind) {
            case "MANUAL" -> Refresh.Kind.MANUAL;
            case "INCREMENTAL" -> Refresh.Kind.INCREMENTAL;
            default -> Refresh.Kind.ASYNC;
        };
        String start = null;
        Refresh.Interval every = null;
        if (refreshKind == Refresh.Kind.ASYNC) {
            if (cursor.acceptKeywords("START")) {
                cursor.expectSymbol("(");
                start = cursor.string("the START time");
                cursor.expectSymbol(")");
            }
            if (cursor.acceptKeywords("EVERY")) {
                cursor.expectSymbol("(");
                every = interval(cursor);
                cursor.expectSymbol(")");
            }
        }
        Refresh.Moment refreshMoment = moment == null ? null : Refresh.Moment.valueOf(moment);
        String finalStart = start;
        Refresh.Interval finalEvery = every;
        return LayoutParser.checked(cursor, at, () -> new Refresh(refreshMoment, refreshKind, finalStart, finalEvery));
    }

    /** {@code INTERVAL n unit}. */
    private static Refresh.Interval interval(TokenCursor cursor) {
        cursor.expectKeywords("INTERVAL");
        SqlToken at = cursor.peek();
        long amount = cursor.number("the interval amount");
        String unit = cursor.identifier("the interval unit (SECOND, MINUTE, HOUR, DAY, ...)");
        return LayoutParser.checked(cursor, at, () -> new Refresh.Interval(amount, unit));
    }
}
