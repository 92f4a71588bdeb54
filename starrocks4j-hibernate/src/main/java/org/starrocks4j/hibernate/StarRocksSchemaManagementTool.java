package org.starrocks4j.hibernate;

import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.DelayedDropAction;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaCreator;
import org.hibernate.tool.schema.spi.SchemaDropper;
import org.hibernate.tool.schema.spi.SchemaMigrator;
import org.hibernate.tool.schema.spi.SchemaValidator;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's schema management on StarRocks, done by starrocks4j: {@link StarRocksDialect} makes it the tool
 * behind {@code hibernate.hbm2ddl.auto} and the {@code jakarta.persistence.schema-generation.*} settings. The
 * entities are read into starrocks4j's model (their StarRocks annotations give the key model, partitioning,
 * distribution and properties), and:
 * <ul>
 *   <li>{@code create-only}: creates what the database lacks ({@code createAll}); existing objects are left alone
 *       and their differences logged;</li>
 *   <li>{@code drop}: drops the entities' tables that exist ({@code dropAll}); {@code create} and
 *       {@code create-drop}: drop, then create;</li>
 *   <li>{@code validate}: compares the database with the model through starrocks4j's diff and fails with every
 *       difference;</li>
 *   <li>{@code update}: applies the changes the diff finds, waiting for StarRocks' schema-change jobs; changes
 *       StarRocks cannot ALTER fail with the diff's message, and destructive changes (dropping columns) are not
 *       applied but logged.</li>
 * </ul>
 * Script targets ({@code jakarta.persistence.schema-generation.scripts.action}) receive the same StarRocks DDL
 * ({@code create} scripts need no connection). Everything else (populating, truncating) is Hibernate's.
 */
public class StarRocksSchemaManagementTool extends HibernateSchemaManagementTool {

    @Override
    public SchemaCreator getSchemaCreator(Map<String, Object> options) {
        return (metadata, execution, filter, source, target) -> actions(metadata, execution.getConfigurationValues())
                .create(target);
    }

    @Override
    public SchemaDropper getSchemaDropper(Map<String, Object> options) {
        return new SchemaDropper() {
            @Override
            public void doDrop(Metadata metadata,
                               ExecutionOptions execution,
                               ContributableMatcher filter,
                               SourceDescriptor source,
                               TargetDescriptor target) {
                actions(metadata, execution.getConfigurationValues()).drop(target);
            }

            @Override
            public DelayedDropAction buildDelayedAction(
                    Metadata metadata, ExecutionOptions execution,
                    ContributableMatcher filter,
                    SourceDescriptor source) {
                SchemaActions actions = actions(metadata, execution.getConfigurationValues());
                return serviceRegistry -> actions.dropFromDatabase();
            }
        };
    }

    @Override
    public SchemaMigrator getSchemaMigrator(Map<String, Object> options) {
        return (metadata, execution, filter, target) -> actions(metadata, execution.getConfigurationValues())
                .migrate(target);
    }

    @Override
    public SchemaValidator getSchemaValidator(Map<String, Object> options) {
        return (metadata, execution, filter) -> actions(metadata, execution.getConfigurationValues()).validate();
    }

    private SchemaActions actions(Metadata metadata, Map<String, Object> settings) {
        return new SchemaActions(this, metadata, settings);
    }
}
