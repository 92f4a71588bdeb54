package org.starrocks4j.jdbc;

import java.sql.SQLException;
import java.util.List;

/**
 * Some objects of a database could not be read into the model. Reading stops rather than leave them out, because a
 * diff against a schema that silently lacks objects would propose to create them.
 */
public final class ReflectionException extends SQLException {

    private final List<String> problems;

    ReflectionException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** One line per object that could not be read: its kind, name and why. */
    public List<String> problems() {
        return problems;
    }
}
