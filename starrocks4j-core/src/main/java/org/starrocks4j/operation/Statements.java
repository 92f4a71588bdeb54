package org.starrocks4j.operation;

import java.util.List;
import java.util.stream.Collectors;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Rollup;

/** Short descriptions of statements for messages, e.g. {@code ALTER TABLE `t` ADD COLUMN `c`}. */
final class Statements {

    private Statements() {
    }

    static String describe(Operation op) {
        String target = op.target() == null ? "?" : op.target().toSql();
        if (op instanceof TableOperation.CreateTable) {
            return "CREATE TABLE " + target;
        }
        if (op instanceof TableOperation.CreateTableLike like) {
            return "CREATE TABLE " + target + " LIKE " + like.source().toSql();
        }
        if (op instanceof TableOperation.CreateTableAsSelect ctas) {
            ObjectName from = ctas.query().from();
            return "CREATE TABLE " + target + " AS SELECT" + (from == null ? "" : " ... FROM " + from.toSql());
        }
        if (op instanceof TableOperation.DropTable) {
            return "DROP TABLE " + target;
        }
        if (op instanceof TableOperation.AlterColumns a) {
            return "ALTER TABLE " + target + " " + a.clauses().stream().map(Statements::clause)
                    .collect(Collectors.joining(", "));
        }
        if (op instanceof TableOperation.SetProperty p) {
            return "ALTER TABLE " + target + " SET (\"" + p.key() + "\" = ...)";
        }
        if (op instanceof TableOperation.SetComment) {
            return "ALTER TABLE " + target + " COMMENT";
        }
        if (op instanceof TableOperation.SetDistribution) {
            return "ALTER TABLE " + target + " DISTRIBUTED BY";
        }
        if (op instanceof TableOperation.SetOrderBy) {
            return "ALTER TABLE " + target + " ORDER BY";
        }
        if (op instanceof TableOperation.AddPartition a) {
            return "ALTER TABLE " + target + " ADD PARTITION" + (a.partition().name() == null ? "S"
                    : " `" + a.partition().name() + "`");
        }
        if (op instanceof TableOperation.DropPartition d) {
            return "ALTER TABLE " + target + " DROP PARTITION `" + d.partition() + "`";
        }
        if (op instanceof TableOperation.SetPartitionDistribution d) {
            return "ALTER TABLE " + target + " PARTITIONS (" + names(d.partitions()) + ") DISTRIBUTED BY";
        }
        if (op instanceof TableOperation.ModifyPartitions m) {
            return "ALTER TABLE " + target + " MODIFY PARTITION (" + (m.partitions().isEmpty() ? "*"
                    : names(m.partitions())) + ") SET";
        }
        if (op instanceof TableOperation.AddRollup a) {
            return "ALTER TABLE " + target + " ADD ROLLUP " + names(a.rollups().stream().map(Rollup::name).toList());
        }
        if (op instanceof TableOperation.DropRollup d) {
            return "ALTER TABLE " + target + " DROP ROLLUP " + names(d.rollups());
        }
        if (op instanceof TableOperation.CreateSyncMaterializedView c) {
            return "CREATE MATERIALIZED VIEW " + c.viewName().toSql() + " AS SELECT ... FROM " + target;
        }
        if (op instanceof TableOperation.DropSyncMaterializedView d) {
            return "DROP MATERIALIZED VIEW " + d.viewName().toSql() + " (of " + target + ")";
        }
        if (op instanceof TableOperation.CreateIndex c) {
            return "CREATE INDEX `" + c.index().name() + "` ON " + target;
        }
        if (op instanceof TableOperation.DropIndex d) {
            return "DROP INDEX `" + d.index() + "` ON " + target;
        }
        if (op instanceof TableOperation.Rename r) {
            return "ALTER TABLE " + target + " RENAME `" + r.newName() + "`";
        }
        if (op instanceof TableOperation.SwapWith s) {
            return "ALTER TABLE " + target + " SWAP WITH `" + s.other() + "`";
        }
        if (op instanceof TableOperation.CopyRows c) {
            return "INSERT INTO " + target + " SELECT ... FROM " + c.source().toSql();
        }
        if (op instanceof ViewOperation.CreateView) {
            return "CREATE VIEW " + target;
        }
        if (op instanceof ViewOperation.DropView) {
            return "DROP VIEW " + target;
        }
        if (op instanceof ViewOperation.SetSecurity) {
            return "ALTER VIEW " + target + " SET SECURITY";
        }
        if (op instanceof ViewOperation.AlterView) {
            return "ALTER VIEW " + target;
        }
        if (op instanceof MaterializedViewOperation.CreateMaterializedView) {
            return "CREATE MATERIALIZED VIEW " + target;
        }
        if (op instanceof MaterializedViewOperation.DropMaterializedView) {
            return "DROP MATERIALIZED VIEW " + target;
        }
        if (op instanceof MaterializedViewOperation.CreateIndex c) {
            return "CREATE INDEX `" + c.index().name() + "` ON " + target;
        }
        if (op instanceof MaterializedViewOperation.DropIndex d) {
            return "DROP INDEX `" + d.index() + "` ON " + target;
        }
        if (op instanceof MaterializedViewOperation.SetRefresh) {
            return "ALTER MATERIALIZED VIEW " + target + " REFRESH";
        }
        if (op instanceof MaterializedViewOperation.SetProperties) {
            return "ALTER MATERIALIZED VIEW " + target + " SET";
        }
        if (op instanceof MaterializedViewOperation.Rename r) {
            return "ALTER MATERIALIZED VIEW " + target + " RENAME `" + r.newName() + "`";
        }
        MaterializedViewOperation.SetActive a = (MaterializedViewOperation.SetActive) op;
        return "ALTER MATERIALIZED VIEW " + target + (a.active() ? " ACTIVE" : " INACTIVE");
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    static String clause(ColumnClause c) {
        if (c instanceof ColumnClause.Add a) {
            return "ADD COLUMN `" + a.column().name() + "`";
        }
        if (c instanceof ColumnClause.Drop d) {
            return "DROP COLUMN `" + d.column() + "`";
        }
        if (c instanceof ColumnClause.Modify m) {
            return "MODIFY COLUMN `" + m.column().name() + "`";
        }
        if (c instanceof ColumnClause.Comment comment) {
            return "MODIFY COLUMN `" + comment.column() + "` COMMENT";
        }
        ColumnClause.Rename r = (ColumnClause.Rename) c;
        return "RENAME COLUMN `" + r.from() + "` TO `" + r.to() + "`";
    }
}
