package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/**
 * The table that records which revisions a database has applied, one row per revision. It is a PRIMARY KEY
 * table because StarRocks updates and deletes rows only there; it is created on first use with the project's
 * PROPERTIES (e.g. {@code replication_num = 1} on a single-backend cluster). All SQL it issues is built here,
 * with every name and value quoted by {@link SqlText}.
 */
public final class VersionTable {

    static final List<String> COLUMNS = List.of("revision", "parents", "message", "state", "step", "checksum",
            "step_checksum", "updated_at", "updated_by");

    private final ObjectName name;
    private final Map<String, String> properties;

    public VersionTable(String name, Map<String, String> properties) {
        this.name = ObjectName.of(Objects.requireNonNull(name, "version table name"));
        this.properties = new LinkedHashMap<>(properties);
    }

    public ObjectName name() {
        return name;
    }

    /** The view whose existence is the migration lock: {@code <version table>_lock}. */
    public ObjectName lockView() {
        return ObjectName.of(name.name() + "_lock");
    }

    /** The version table as a model object. */
    public Table model() {
        return Table.builder(name)
                .column("revision", Types.varchar(64), c -> c.notNull().comment("revision id"))
                .column("parents", Types.varchar(1024), c -> c.comment("parent revision ids, space-separated"))
                .column("message", Types.varchar(1024))
                .column("state", Types.varchar(16), c -> c.notNull()
                        .comment("APPLIED, STAMPED, UPGRADING or DOWNGRADING"))
                .column("step", Types.INT, c -> c.notNull().comment("statements done in the current direction"))
                .column("checksum", Types.varchar(64), c -> c.comment("SHA-256 of the upgrade statements that ran"))
                .column("step_checksum", Types.varchar(64),
                        c -> c.comment("SHA-256 of the downgrade statements that ran"))
                .column("updated_at", Types.DATETIME)
                .column("updated_by", Types.varchar(256))
                .primaryKey("revision")
                .comment("starrocks4j migration history")
                .distributedBy(Distribution.hash(1, "revision"))
                .properties(properties)
                .build();
    }

    /**
     * {@code schema} without the version table and the lock view: they are the runner's bookkeeping, in no one's
     * models, so autogenerate and check must neither drop them nor report them.
     */
    public Schema withoutBookkeeping(Schema schema) {
        Set<String> bookkeeping = Set.of(name.name(), lockView().name());
        return new Schema(schema.objects().stream().filter(o -> !bookkeeping.contains(o.name().name())).toList());
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for the version table. */
    public String createStatement() {
        return VersionTableDdl.create(model());
    }

    public String selectStatement() {
        return "SELECT " + SqlText.identifiers(COLUMNS) + " FROM " + name.toSql();
    }

    public String insertStatement(AppliedRevision row) {
        return "INSERT INTO " + name.toSql() + " (" + SqlText.identifiers(COLUMNS) + ") VALUES ("
                + values(row).stream().collect(Collectors.joining(", ")) + ")";
    }

    public String updateStatement(AppliedRevision row) {
        List<String> values = values(row);
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < COLUMNS.size(); i++) {
            sets.add(SqlText.identifier(COLUMNS.get(i)) + " = " + values.get(i));
        }
        return "UPDATE " + name.toSql() + " SET " + String.join(", ", sets) + " WHERE "
                + SqlText.identifier("revision") + " = " + SqlText.literal(row.revision());
    }

    public String deleteStatement(String revision) {
        return "DELETE FROM " + name.toSql() + " WHERE " + SqlText.identifier("revision") + " = "
                + SqlText.literal(revision);
    }

    private static List<String> values(AppliedRevision row) {
        return List.of(SqlText.literal(row.revision()), SqlText.literal(String.join(" ", row.parents())),
                SqlText.literal(row.message()), SqlText.literal(row.state().name()), Integer.toString(row.step()),
                SqlText.literal(row.checksum()), SqlText.literal(row.stepChecksum()),
                row.updatedAt().isEmpty() ? "NULL" : SqlText.literal(row.updatedAt()),
                SqlText.literal(row.updatedBy()));
    }

    /** A row as read by {@link #selectStatement()}; values by column name. */
    public static AppliedRevision fromRow(Map<String, String> row) {
        String state = row.get("state");
        RevisionState parsed;
        try {
            parsed = RevisionState.valueOf(state == null ? "" : state.strip());
        } catch (IllegalArgumentException e) {
            throw new MigrationException("the version table has revision " + row.get("revision") + " in unknown state '"
                    + state + "'; was it written by a newer starrocks4j?");
        }
        String parents = row.getOrDefault("parents", "");
        String step = row.get("step");
        return new AppliedRevision(row.get("revision"),
                parents == null || parents.isBlank() ? List.of() : Arrays.asList(parents.strip().split("\\s+")),
                row.get("message"), parsed, step == null ? 0 : Integer.parseInt(step.strip()), row.get("checksum"),
                row.get("step_checksum"), row.get("updated_at"), row.get("updated_by"));
    }
}
