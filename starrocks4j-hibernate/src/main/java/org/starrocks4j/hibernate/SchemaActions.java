package org.starrocks4j.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.GenerationTarget;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.diff.Change;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.migrate.CreateAllReport;
import org.starrocks4j.migrate.DdlExecutor;
import org.starrocks4j.migrate.LiveObjects;
import org.starrocks4j.migrate.SchemaChangeWait;
import org.starrocks4j.migrate.SchemaCreation;
import org.starrocks4j.migrate.StarRocks4jException;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;

/** One schema action of {@link StarRocksSchemaManagementTool} on the entities of one {@link Metadata}. */
final class SchemaActions {

    private static final Logger LOG = LoggerFactory.getLogger("org.starrocks4j.hibernate.schema");

    private final StarRocksSchemaManagementTool tool;
    private final Map<String, Object> settings;
    private final Schema schema;
    private final ServerVersion version;

    SchemaActions(StarRocksSchemaManagementTool tool, Metadata metadata, Map<String, Object> settings) {
        this.tool = tool;
        this.settings = settings;
        this.schema = EntityModel.read(metadata);
        Dialect dialect = metadata.getDatabase().getDialect();
        this.version = dialect instanceof StarRocksDialect d ? d.starRocksVersion() : ServerVersion.UNKNOWN;
    }

    private SchemaCreation creation() {
        return SchemaCreation.of(schema).withProgress(LOG::info);
    }

    private DdlRenderer renderer(ServerVersion serverVersion) {
        return new DdlRenderer(RenderOptions.forServer(serverVersion));
    }

    /** CREATE statements to the scripts; {@code createAll} on the database. */
    void create(TargetDescriptor target) {
        toScripts(target, creation().createStatements(renderer(version), false));
        if (target.getTargetTypes().contains(TargetType.DATABASE)) {
            CreateAllReport report = onDatabase(source -> creation().createAll(source));
            if (report.hasDifferences()) {
                LOG.warn("{}\nThe existing objects were not changed; compare them with hibernate.hbm2ddl.auto=validate "
                        + "and change them with update or a starrocks4j migration.", report.describe());
            } else {
                LOG.info(report.describe());
            }
        }
    }

    /** DROP ... IF EXISTS statements to the scripts; {@code dropAll} on the database. */
    void drop(TargetDescriptor target) {
        toScripts(target, creation().dropStatements(renderer(version), true));
        if (target.getTargetTypes().contains(TargetType.DATABASE)) {
            dropFromDatabase();
        }
    }

    void dropFromDatabase() {
        LOG.info(onDatabase(source -> creation().dropAll(source)).describe());
    }

    /**
     * The diff from the database to the entities, applied: statements to the scripts and to the database.
     * Destructive changes are logged, not applied.
     */
    void migrate(TargetDescriptor target) {
        boolean database = target.getTargetTypes().contains(TargetType.DATABASE);
        onDatabase(source -> {
            Comparison comparison = compare(source);
            List<String> statements = new ArrayList<>();
            for (Change change : comparison.result().changes()) {
                List<String> sql = comparison.renderer().renderAll(change.upgrade());
                if (change.destructive()) {
                    LOG.warn("hbm2ddl update leaves out a destructive change ({}); run it through a migration if it is "
                            + "intended:\n  {}", change.description(), String.join(";\n  ", sql));
                    continue;
                }
                statements.addAll(sql);
            }
            comparison.result().allWarnings().forEach(w -> LOG.warn("{}", w));
            toScripts(target, statements);
            if (database && !statements.isEmpty()) {
                try (Connection connection = source.open()) {
                    new DdlExecutor(SchemaChangeWait.defaults(), LOG::info).run(connection, statements);
                }
            }
            return null;
        });
    }

    /** Fails with every difference between the database and the entities. */
    void validate() {
        onDatabase(source -> {
            Comparison comparison = compare(source);
            comparison.result().warnings().forEach(w -> LOG.warn("{}", w));
            if (!comparison.result().isEmpty()) {
                throw new SchemaManagementException("schema validation failed: the database differs from the entity "
                        + "model in " + comparison.result().changes().size() + " way(s):\n"
                        + comparison.result().changes().stream()
                                .map(c -> "  - " + c.description())
                                .collect(Collectors.joining("\n"))
                        + "\nApply them with hibernate.hbm2ddl.auto=update, or generate a reviewed migration with "
                        + "'starrocks4j revision --autogenerate'.");
            }
            return null;
        });
    }

    /** The database's objects of the entities' names, compared with the entities. */
    private Comparison compare(ConnectionSource source) throws SQLException, InterruptedException {
        LiveObjects live = LiveObjects.read(source, schema, LOG::info);
        live.warnings().forEach(w -> LOG.warn("{}", w));
        ServerProfile server;
        try (Connection connection = source.open()) {
            server = ServerInfo.read(connection).profile();
        }
        try {
            DiffResult result = SchemaDiff.between(live.matching(schema), schema,
                    DiffOptions.defaults().withServer(server));
            return new Comparison(result, renderer(server.version()));
        } catch (NonAlterableChangeException e) {
            throw new SchemaManagementException(e.getMessage(), e);
        }
    }

    private record Comparison(DiffResult result, DdlRenderer renderer) {
    }

    /** Work on the database through Hibernate's connections. */
    private <T> T onDatabase(DatabaseWork<T> work) {
        ConnectionSource source = HibernateConnections.of(tool.resolveJdbcContext(settings).getJdbcConnectionAccess());
        try {
            return work.run(source);
        } catch (SQLException e) {
            throw new SchemaManagementException("StarRocks schema management failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaManagementException("StarRocks schema management was interrupted", e);
        } catch (StarRocks4jException e) {
            throw new SchemaManagementException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface DatabaseWork<T> {
        T run(ConnectionSource source) throws SQLException, InterruptedException;
    }

    /** Sends the statements to the script and stdout targets (the database target is handled by the caller). */
    private void toScripts(TargetDescriptor target, List<String> statements) {
        EnumSet<TargetType> types = EnumSet.noneOf(TargetType.class);
        types.addAll(target.getTargetTypes());
        types.remove(TargetType.DATABASE);
        if (types.isEmpty()) {
            return;
        }
        TargetDescriptor scripts = new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return types;
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return target.getScriptTargetOutput();
            }
        };
        GenerationTarget[] targets = tool.buildGenerationTargets(scripts, null, settings, true);
        for (GenerationTarget t : targets) {
            t.prepare();
            try {
                statements.forEach(t::accept);
            } finally {
                t.release();
            }
        }
    }
}
