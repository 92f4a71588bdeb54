package org.starrocks4j.operation;

import java.util.List;
import java.util.Objects;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;

/** Statements on views. */
public sealed interface ViewOperation extends Operation {

    /** {@code CREATE [OR REPLACE] VIEW [IF NOT EXISTS] ...}. */
    record CreateView(View view, boolean orReplace, boolean ifNotExists) implements ViewOperation {
        public CreateView {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public ObjectName target() {
            return view.name();
        }
    }

    /** {@code DROP VIEW [IF EXISTS] v}. */
    record DropView(ObjectName target, boolean ifExists) implements ViewOperation {
        @Override
        public boolean destructive() {
            return true;
        }
    }

    /** {@code ALTER VIEW v [(cols)] AS query}: the only thing ALTER VIEW can change. */
    record AlterView(ObjectName target, List<ViewColumn> columns, String definition) implements ViewOperation {
        public AlterView {
            columns = List.copyOf(columns);
            Objects.requireNonNull(definition, "definition");
        }
    }
}
