package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.starrocks4j.diff.Change;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.NonAlterableChange;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;

/**
 * {@code createAll} and {@code dropAll} of a schema, as SQLAlchemy's {@code metadata.create_all(engine)} /
 * {@code drop_all(engine)}: create every object of the schema that the database lacks, in dependency order
 * (tables, then views and materialized views after the objects they read), waiting for any asynchronous job; leave
 * existing objects alone and report how they differ from the model; or drop the schema's objects that exist,
 * dependants first.
 *
 * <pre>{@code
 * CreateAllReport report = SchemaCreation.of(schema).createAll(ConnectionSource.of(dataSource));
 * System.out.println(report.describe());
 * }</pre>
 *
 * Instances are immutable; the {@code with...} methods return changed copies.
 */
public final class SchemaCreation {

    private final Schema schema;
    private final StatementWait wait;
    private final Consumer<String> progress;

    private SchemaCreation(Schema schema, StatementWait wait, Consumer<String> progress) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Creation and removal of {@code schema}'s objects; waits for schema-change jobs with
     * {@link SchemaChangeWait}'s defaults and reports nothing.
     */
    public static SchemaCreation of(Schema schema) {
        return new SchemaCreation(schema, SchemaChangeWait.defaults(), line -> { });
    }

    /** The same, waiting for asynchronous jobs with {@code value}. */
    public SchemaCreation withWait(StatementWait value) {
        return new SchemaCreation(schema, value, progress);
    }

    /** The same, reporting each statement and wait to {@code value}. */
    public SchemaCreation withProgress(Consumer<String> value) {
        return new SchemaCreation(schema, wait, value);
    }

    /** The schema's objects in the order they are created: tables, then each view or MV after what it reads. */
    public List<SchemaObject> creationOrder() {
        return objectsOf(SchemaDiff.between(Schema.empty(), schema).changes(), schema);
    }

    /** The CREATE statements of every object, in creation order (offline: nothing is known to exist). */
    public List<String> createStatements(DdlRenderer renderer, boolean ifNotExists) {
        List<String> out = new ArrayList<>();
        for (SchemaObject o : creationOrder()) {
            out.addAll(renderer.renderAll(create(o, ifNotExists)));
        }
        return out;
    }

    /** The DROP statements of every object, dependants first (offline: nothing is known to exist). */
    public List<String> dropStatements(DdlRenderer renderer, boolean ifExists) {
        return dropStatements(schema, renderer, ifExists);
    }

    /**
     * Creates the objects the database lacks and reports the others with their differences from the model.
     *
     * @throws MigrationException when a statement fails (the ones before it stay applied, and the message says so)
     */
    public CreateAllReport createAll(ConnectionSource source) throws SQLException, InterruptedException {
        LiveObjects live = LiveObjects.read(source, schema, progress);
        live.warnings().forEach(w -> progress.accept("warning: " + w));
        try (Connection connection = source.open()) {
            ServerProfile server = ServerInfo.read(connection).profile();
            DdlRenderer renderer = new DdlRenderer(RenderOptions.forServer(server.version()));
            List<ObjectName> created = new ArrayList<>();
            List<CreateAllReport.Existing> existing = new ArrayList<>();
            List<String> statements = new ArrayList<>();
            List<String> refusedNow = new ArrayList<>();
            for (SchemaObject wanted : creationOrder()) {
                SchemaObject had = live.find(wanted).orElse(null);
                if (had == null) {
                    created.add(wanted.name());
                    statements.addAll(renderer.renderAll(create(wanted, false)));
                    refusedNow.addAll(ModelValidator.problemsWhenRun(wanted, Instant.now()));
                } else {
                    existing.add(new CreateAllReport.Existing(wanted.name(), wanted.kind(),
                            differences(had, wanted, server)));
                }
            }
            if (!refusedNow.isEmpty()) {
                // the server's rule depends on the moment the statement runs: checked now, before anything runs
                throw new MigrationException("the server would refuse these objects if they were created now:\n  "
                        + String.join("\n  ", refusedNow) + "\nFix the models, then run again. Nothing was created.");
            }
            new DdlExecutor(wait, progress).run(connection, statements);
            return new CreateAllReport(created, existing, statements);
        }
    }

    /**
     * Drops the schema's objects that exist, dependants first; a live object of another kind under a model's name
     * is left alone and reported.
     */
    public DropAllReport dropAll(ConnectionSource source) throws SQLException, InterruptedException {
        LiveObjects live = LiveObjects.read(source, schema, progress);
        List<SchemaObject> toDrop = new ArrayList<>();
        List<ObjectName> absent = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SchemaObject wanted : schema.objects()) {
            SchemaObject had = live.find(wanted).orElse(null);
            if (had == null) {
                absent.add(wanted.name());
            } else if (!had.kind().equals(wanted.kind())) {
                skipped.add(wanted.name().toSql() + ": the model declares a " + wanted.kind() + " but the database "
                        + "holds a " + had.kind() + " of that name; drop it by hand if it should go");
            } else {
                toDrop.add(had);
            }
        }
        try (Connection connection = source.open()) {
            ServerProfile server = ServerInfo.read(connection).profile();
            DdlRenderer renderer = new DdlRenderer(RenderOptions.forServer(server.version()));
            Schema existing = new Schema(toDrop);
            List<String> statements = dropStatements(existing, renderer, false);
            new DdlExecutor(wait, progress).run(connection, statements);
            List<ObjectName> dropped = objectsOf(SchemaDiff.between(existing, Schema.empty()).changes(), existing)
                    .stream().map(SchemaObject::name).toList();
            return new DropAllReport(dropped, absent, skipped, statements);
        }
    }

    /** The offline script of {@code createAll}: CREATE ... IF NOT EXISTS in creation order, for review. */
    public String createAllScript(ServerVersion version) {
        return script("create-all", "creates the objects that do not exist yet; existing ones are not compared "
                + "or changed (the online create-all reports their differences)",
                createStatements(new DdlRenderer(RenderOptions.forServer(version)), true));
    }

    /** The offline script of {@code dropAll}: DROP ... IF EXISTS, dependants first. */
    public String dropAllScript(ServerVersion version) {
        return script("drop-all", "drops the objects that exist, dependants first, with all their rows",
                dropStatements(new DdlRenderer(RenderOptions.forServer(version)), true));
    }

    private static String script(String command, String what, List<String> statements) {
        StringBuilder out = new StringBuilder("-- starrocks4j ").append(command).append(": ")
                .append(statements.size()).append(" statement(s). Offline SQL: review it before running it.\n")
                .append("-- It ").append(what).append(".\n");
        for (String statement : statements) {
            out.append('\n').append(statement).append(";\n");
            AsyncJob.of(statement).ifPresent(job -> {
                if (statement.startsWith("CREATE MATERIALIZED VIEW")) {
                    // a job on another table: a synchronous materialized view, whose IF NOT EXISTS the server ignores
                    out.append("-- fails when the synchronous materialized view exists already\n");
                }
                out.append("-- asynchronous: wait until SHOW ALTER TABLE ").append(job.kind()).append(" shows the job "
                        + "on ").append(job.table().toSql()).append(" FINISHED\n");
            });
        }
        return out.toString();
    }

    /** How the live object differs from the model: the diff's changes, or why StarRocks cannot make them. */
    private static List<String> differences(SchemaObject had, SchemaObject wanted, ServerProfile server) {
        if (!had.kind().equals(wanted.kind())) {
            return List.of("the model declares a " + wanted.kind() + " but the database holds a " + had.kind());
        }
        try {
            DiffResult result = SchemaDiff.between(Schema.of(had), Schema.of(wanted),
                    DiffOptions.defaults().withServer(server));
            return result.changes().stream().map(Change::description).toList();
        } catch (NonAlterableChangeException e) {
            return e.changes().stream().map(NonAlterableChange::describe).toList();
        }
    }

    private static List<String> dropStatements(Schema objects, DdlRenderer renderer, boolean ifExists) {
        List<String> out = new ArrayList<>();
        for (SchemaObject o : objectsOf(SchemaDiff.between(objects, Schema.empty()).changes(), objects)) {
            out.add(renderer.drop(o, ifExists));
        }
        return out;
    }

    /**
     * The statements that create the object: a table's are its CREATE TABLE and one CREATE MATERIALIZED VIEW for each
     * of its synchronous materialized views (the server ignores IF NOT EXISTS on those).
     */
    private static List<? extends Operation> create(SchemaObject o, boolean ifNotExists) {
        if (o instanceof Table t) {
            return TableOperation.creating(t, ifNotExists);
        }
        if (o instanceof View v) {
            return List.of(new ViewOperation.CreateView(v, false, ifNotExists));
        }
        return List.of(new MaterializedViewOperation.CreateMaterializedView((MaterializedView) o, ifNotExists));
    }

    /** The objects the changes are about, in the changes' order (the diff orders creations and drops). */
    private static List<SchemaObject> objectsOf(List<Change> changes, Schema schema) {
        List<SchemaObject> out = new ArrayList<>();
        for (Change c : changes) {
            schema.find(c.target()).filter(o -> !out.contains(o)).ifPresent(out::add);
        }
        return out;
    }
}
