package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A logical view.
 *
 * @param name       the view name
 * @param columns    the optional column list (names and comments)
 * @param comment    COMMENT, or {@code null}
 * @param security   SECURITY, or {@code null} when not stated (the server's default is NONE)
 * @param definition the query, verbatim
 */
public record View(ObjectName name, List<ViewColumn> columns, String comment, ViewSecurity security,
                   String definition) implements SchemaObject {

    public View {
        Objects.requireNonNull(name, "view name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition, "definition of view " + name);
        if (definition.isBlank()) {
            throw new InvalidModelException("view " + name + " has an empty definition; give its SELECT");
        }
    }

    @Override
    public String kind() {
        return "view";
    }

    public static Builder builder(String name) {
        return new Builder(ObjectName.of(name));
    }

    public static Builder builder(ObjectName name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.comment = comment;
        b.security = security;
        b.definition = definition;
        return b;
    }

    /** Fluent construction of a {@link View}. */
    public static final class Builder {
        private ObjectName name;
        private final List<ViewColumn> columns = new ArrayList<>();
        private String comment;
        private ViewSecurity security;
        private String definition;

        private Builder(ObjectName name) {
            this.name = name;
        }

        public Builder database(String database) {
            this.name = name.inDatabase(database);
            return this;
        }

        public Builder column(String columnName) {
            columns.add(ViewColumn.of(columnName));
            return this;
        }

        public Builder column(String columnName, String columnComment) {
            columns.add(new ViewColumn(columnName, columnComment));
            return this;
        }

        public Builder columns(List<ViewColumn> values) {
            columns.clear();
            columns.addAll(values);
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder security(ViewSecurity value) {
            this.security = value;
            return this;
        }

        /** The SELECT (or WITH ...) query. */
        public Builder as(String query) {
            this.definition = query;
            return this;
        }

        public View build() {
            View view = new View(name, columns, comment, security, definition);
            ModelValidator.requireValid(view);
            return view;
        }
    }
}
