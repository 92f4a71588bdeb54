package org.starrocks4j.sql;

import java.util.List;
import java.util.Locale;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.StatementRules;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.SchemaObject;

/** Reads one statement: decides what it is from its leading keywords and hands over to the parser of that kind. */
final class StatementParser {

    private StatementParser() {
    }

    static Operation statement(TokenCursor cursor, boolean validate) {
        SqlToken first = cursor.peek();
        Operation operation;
        if (cursor.acceptKeywords("CREATE")) {
            operation = create(cursor, first, validate);
        } else if (cursor.acceptKeywords("DROP")) {
            operation = drop(cursor, first);
        } else if (cursor.acceptKeywords("ALTER")) {
            operation = AlterParser.alter(cursor, first, validate);
        } else if (cursor.isKeyword("INSERT")) {
            operation = AlterParser.copyRows(cursor);
        } else {
            throw unsupportedStatement(cursor, first);
        }
        cursor.expectEnd();
        if (validate && DdlParser.createdObject(operation) == null) {
            // a CREATE validates its object as it is read; an ALTER is checked for what it shows by itself
            requireNoProblems(cursor, StatementRules.problems(operation));
        }
        return operation;
    }

    private static Operation create(TokenCursor cursor, SqlToken first, boolean validate) {
        boolean orReplace = cursor.acceptKeywords("OR", "REPLACE");
        if (cursor.isKeyword("TEMPORARY")) {
            throw cursor.unsupported(cursor.peek(), "CREATE TEMPORARY TABLE", "temporary tables are not schema objects");
        }
        SqlToken external = cursor.peek();
        if (!orReplace && (cursor.acceptKeywords("EXTERNAL", "TABLE") || cursor.acceptKeywords("TABLE"))) {
            boolean ifNotExists = cursor.acceptKeywords("IF", "NOT", "EXISTS");
            ObjectName name = objectName(cursor);
            if (TableParser.atLike(cursor)) {
                return TableParser.like(cursor, name, ifNotExists);
            }
            if (TableParser.atAsSelect(cursor)) {
                if (external.isKeyword("EXTERNAL")) {
                    throw cursor.errorAt(external, "CTAS does not support create external table: CREATE TABLE ... AS "
                            + "SELECT makes OLAP tables", "CREATE TABLE");
                }
                return TableParser.asSelect(cursor, name, ifNotExists);
            }
            return new TableOperation.CreateTable(TableParser.body(cursor, name, validate), ifNotExists);
        }
        if (cursor.acceptKeywords("VIEW")) {
            boolean ifNotExists = cursor.acceptKeywords("IF", "NOT", "EXISTS");
            ObjectName name = objectName(cursor);
            return new ViewOperation.CreateView(ViewParser.view(cursor, name, validate), orReplace, ifNotExists);
        }
        if (!orReplace && cursor.acceptKeywords("MATERIALIZED", "VIEW")) {
            boolean ifNotExists = cursor.acceptKeywords("IF", "NOT", "EXISTS");
            ObjectName name = objectName(cursor);
            return ViewParser.materializedView(cursor, name, ifNotExists, validate);
        }
        if (!orReplace && cursor.isKeyword("INDEX")) {
            return AlterParser.createIndex(cursor);
        }
        throw unsupportedStatement(cursor, first);
    }

    private static Operation drop(TokenCursor cursor, SqlToken first) {
        if (cursor.acceptKeywords("TABLE")) {
            boolean ifExists = cursor.acceptKeywords("IF", "EXISTS");
            ObjectName name = objectName(cursor);
            return new TableOperation.DropTable(name, ifExists, cursor.acceptKeywords("FORCE"));
        }
        if (cursor.acceptKeywords("VIEW")) {
            boolean ifExists = cursor.acceptKeywords("IF", "EXISTS");
            return new ViewOperation.DropView(objectName(cursor), ifExists);
        }
        if (cursor.acceptKeywords("MATERIALIZED", "VIEW")) {
            boolean ifExists = cursor.acceptKeywords("IF", "EXISTS");
            return new MaterializedViewOperation.DropMaterializedView(objectName(cursor), ifExists);
        }
        if (cursor.isKeyword("INDEX")) {
            return AlterParser.dropIndex(cursor);
        }
        throw unsupportedStatement(cursor, first);
    }

    /** {@code name}, {@code db.name} or {@code catalog.db.name}; each part bare or back-quoted. */
    static ObjectName objectName(TokenCursor cursor) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(cursor.identifier("a name"));
        while (cursor.isSymbol(".") && parts.size() < 3) {
            cursor.next();
            parts.add(cursor.identifier("a name after '.'"));
        }
        return switch (parts.size()) {
            case 1 -> cursor.unqualified(parts.get(0));
            case 2 -> ObjectName.of(parts.get(0), parts.get(1));
            default -> new ObjectName(parts.get(0), parts.get(1), parts.get(2));
        };
    }

    /** The object, or an {@link InvalidModelException} naming the statement's line and every rule it breaks. */
    static <T extends SchemaObject> T validated(TokenCursor cursor, T object) {
        requireNoProblems(cursor, ModelValidator.problems(object));
        return object;
    }

    private static void requireNoProblems(TokenCursor cursor, List<String> problems) {
        if (!problems.isEmpty()) {
            String where = "line " + cursor.first().line() + ": ";
            throw new InvalidModelException(problems.stream().map(p -> where + p).toList());
        }
    }

    /** A statement that is not DDL on tables, views or materialized views, named by its leading words. */
    static UnsupportedSqlException unsupportedStatement(TokenCursor cursor, SqlToken first) {
        StringBuilder name = new StringBuilder();
        int index = cursor.position();
        while (index > 0 && cursor.token(index) != first) {
            index--;
        }
        for (; index <= cursor.position(); index++) {
            SqlToken t = cursor.token(index);
            if (t.kind() != SqlToken.Kind.WORD) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(t.text().toUpperCase(Locale.ROOT));
        }
        String statement = name.length() == 0 ? "this statement" : name.toString();
        return cursor.unsupported(first, statement,
                "starrocks4j reads CREATE, DROP and ALTER of tables, views and materialized views");
    }
}
