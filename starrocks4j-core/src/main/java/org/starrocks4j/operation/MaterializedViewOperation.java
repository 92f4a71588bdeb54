package org.starrocks4j.operation;

import java.util.Map;
import java.util.Objects;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Properties;
import org.starrocks4j.schema.Refresh;

/** Statements on materialized views. */
public sealed interface MaterializedViewOperation extends Operation {

    /** {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] ...}. */
    record CreateMaterializedView(MaterializedView view, boolean ifNotExists) implements MaterializedViewOperation {
        public CreateMaterializedView {
            Objects.requireNonNull(view, "materialized view");
        }

        @Override
        public ObjectName target() {
            return view.name();
        }
    }

    /** {@code DROP MATERIALIZED VIEW [IF EXISTS] mv}. */
    record DropMaterializedView(ObjectName target, boolean ifExists) implements MaterializedViewOperation {
        @Override
        public boolean destructive() {
            return true;
        }
    }

    /** {@code ALTER MATERIALIZED VIEW mv REFRESH ...}. */
    record SetRefresh(ObjectName target, Refresh refresh) implements MaterializedViewOperation {
        public SetRefresh {
            Objects.requireNonNull(refresh, "refresh");
        }
    }

    /** {@code ALTER MATERIALIZED VIEW mv SET ("k" = "v", ...)}: MVs take several properties in one SET. */
    record SetProperties(ObjectName target, Map<String, String> properties) implements MaterializedViewOperation {
        public SetProperties {
            properties = Properties.copyOf(properties);
            if (properties.isEmpty()) {
                throw new IllegalArgumentException("ALTER MATERIALIZED VIEW " + target + " SET needs at least one property");
            }
        }
    }

    /**
     * {@code CREATE INDEX i ON mv (cols) USING ...}: the way StarRocks adds an index to a materialized view (its
     * SHOW CREATE then lists the index after the columns).
     */
    record CreateIndex(ObjectName target, Index index) implements MaterializedViewOperation {
        public CreateIndex {
            Objects.requireNonNull(index, "index");
        }
    }

    /** {@code DROP INDEX i ON mv}. */
    record DropIndex(ObjectName target, String index) implements MaterializedViewOperation {
        public DropIndex {
            Objects.requireNonNull(index, "index");
        }
    }

    /** {@code ALTER MATERIALIZED VIEW mv RENAME new_name}. */
    record Rename(ObjectName target, String newName) implements MaterializedViewOperation {
        public Rename {
            Objects.requireNonNull(newName, "new name");
        }
    }

    /** {@code ALTER MATERIALIZED VIEW mv ACTIVE | INACTIVE}. */
    record SetActive(ObjectName target, boolean active) implements MaterializedViewOperation {
    }
}
