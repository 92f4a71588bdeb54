package org.starrocks4j.hibernate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Locking;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.identity.IdentityColumnSupport;
import org.hibernate.dialect.identity.IdentityColumnSupportImpl;
import org.hibernate.dialect.lock.LockingStrategy;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.dialect.pagination.LimitHandler;
import org.hibernate.dialect.pagination.LimitOffsetLimitHandler;
import org.hibernate.dialect.sequence.NoSequenceSupport;
import org.hibernate.dialect.sequence.SequenceSupport;
import org.hibernate.dialect.unique.UniqueDelegate;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.SqlAstTranslatorFactory;
import org.hibernate.sql.ast.spi.StandardSqlAstTranslatorFactory;
import org.hibernate.sql.ast.tree.Statement;
import org.hibernate.sql.exec.spi.JdbcOperation;
import org.hibernate.tool.schema.spi.Exporter;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.rules.ServerVersion;

/**
 * A Hibernate dialect for StarRocks, in the shape of Hibernate's community {@code TiDBDialect}: it extends
 * {@link MySQLDialect} (StarRocks speaks the MySQL protocol and most of its SQL), pins the MySQL compatibility
 * version, and overrides one thing per difference. Its {@linkplain #getVersion() version} is StarRocks' own version
 * (from {@code current_version()}, see {@link StarRocksDialectResolver}), never the MySQL version the server
 * advertises.
 *
 * <p>What differs from MySQL, and what a JPA user notices:
 * <ul>
 *   <li>Schema management ({@code hibernate.hbm2ddl.auto}, the {@code jakarta.persistence.schema-generation.*}
 *       settings) goes through starrocks4j's model and diff ({@link StarRocksSchemaManagementTool}): the DDL is
 *       StarRocks DDL with the key model, partitioning, distribution and properties of the entity's StarRocks
 *       annotations, not MySQL DDL.</li>
 *   <li>No foreign keys, unique constraints or check constraints in DDL: StarRocks has none.</li>
 *   <li>No sequences. Identity only through an {@code AUTO_INCREMENT} column, and StarRocks does not return the
 *       generated value to the client (StarRocks issue #51472), so {@code GenerationType.IDENTITY} cannot read the
 *       new id back: assign ids in the application.</li>
 *   <li>Paging renders {@code LIMIT n OFFSET m}.</li>
 *   <li>No row locks: StarRocks has no {@code SELECT ... FOR UPDATE} or {@code LOCK IN SHARE MODE}, so a
 *       pessimistic lock mode ({@code PESSIMISTIC_READ}, {@code PESSIMISTIC_WRITE},
 *       {@code PESSIMISTIC_FORCE_INCREMENT}, on a query, {@code find}, {@code refresh} or {@code lock}) is refused
 *       with an {@link org.hibernate.UnsupportedLockAttemptException} before any SQL is sent. Optimistic locking
 *       ({@code @Version}, lock modes {@code OPTIMISTIC} and {@code OPTIMISTIC_FORCE_INCREMENT}) works as
 *       usual.</li>
 *   <li>No row values: composite ids are compared column by column.</li>
 *   <li>Transactions: a JDBC transaction ({@code @Transactional}) gives no atomicity on StarRocks by default; a warning
 *       says so once at start-up.</li>
 *   <li>Types: {@code BigInteger} is LARGEINT and JSON is read and written as text, both decoded as starrocks4j's
 *       {@code ValueDecoder} does; ARRAY, MAP and STRUCT columns map with {@link StarRocksType}.</li>
 * </ul>
 */
public class StarRocksDialect extends MySQLDialect {

    /**
     * The MySQL dialect features StarRocks has. Since 3.4 the FE advertises MySQL 8.0.33 (upstream commit
     * 8324dec0cb, StarRocks PR #52512), and its SQL covers what Hibernate's MySQL dialect enables for 8.0 (window
     * functions, common table expressions); older servers advertise 5.1.0, which says nothing about their SQL. So
     * the compatibility version is fixed, as Debezium's StarRocks dialect does.
     */
    private static final DatabaseVersion MYSQL_COMPATIBILITY = DatabaseVersion.make(8, 0, 33);

    /**
     * The oldest StarRocks this dialect supports: 3.1, the first release with MAP and STRUCT columns and generated
     * columns (StarRocks documentation, "MAP" and "STRUCT" data types: "supported from v3.1"), which the model
     * and {@link StarRocksType} use.
     */
    private static final DatabaseVersion MINIMUM_VERSION = DatabaseVersion.make(3, 1);

    /** A dialect for the oldest supported StarRocks. */
    public StarRocksDialect() {
        this(MINIMUM_VERSION);
    }

    /** A dialect for StarRocks {@code version} (StarRocks' own version, e.g. 3.5.2). */
    public StarRocksDialect(DatabaseVersion version) {
        super(version, 4, false);
    }

    /**
     * The dialect Hibernate builds when {@code hibernate.dialect} names this class: the version comes from the
     * server when a connection is there, else from {@link StarRocksSettings#VERSION}, else from the product version
     * when the product is StarRocks (offline: {@code jakarta.persistence.database-product-version}), else the
     * minimum.
     */
    public StarRocksDialect(DialectResolutionInfo info) {
        this(versionOf(info));
    }

    static DatabaseVersion versionOf(DialectResolutionInfo info) {
        DatabaseMetaData metadata = info.getDatabaseMetadata();
        if (metadata != null) {
            try {
                Connection connection = metadata.getConnection();
                return toDatabaseVersion(ServerInfo.readVersion(connection));
            } catch (SQLException e) {
                // not a StarRocks FE, or the version queries failed: fall back to what the settings say
            }
        }
        Object configured = info.getConfigurationValues().get(StarRocksSettings.VERSION);
        if (configured != null && !configured.toString().isBlank()) {
            return toDatabaseVersion(ServerVersion.parse(configured.toString()));
        }
        if (StarRocksDialectResolver.isStarRocksProduct(info.getDatabaseName())
                && info.getDatabaseVersion() != null) {
            return toDatabaseVersion(ServerVersion.parse(info.getDatabaseVersion()));
        }
        return MINIMUM_VERSION;
    }

    static DatabaseVersion toDatabaseVersion(ServerVersion version) {
        return version.isUnknown() ? MINIMUM_VERSION
                : DatabaseVersion.make(version.major(), version.minor(), version.patch());
    }

    /** StarRocks' version as starrocks4j's renderer and diff take it. */
    public ServerVersion starRocksVersion() {
        DatabaseVersion v = getVersion();
        return ServerVersion.of(v.getDatabaseMajorVersion(), v.getDatabaseMinorVersion(),
                v.getDatabaseMicroVersion());
    }

    @Override
    public DatabaseVersion getMySQLVersion() {
        return MYSQL_COMPATIBILITY;
    }

    @Override
    protected DatabaseVersion getMinimumSupportedVersion() {
        return MINIMUM_VERSION;
    }

    /**
     * True from StarRocks 3.5, whose explicit transactions (BEGIN ... COMMIT) may hold INSERT statements; before,
     * the server accepted and ignored them.
     */
    public boolean supportsExplicitInsertTransactions() {
        return getVersion().isSameOrAfter(3, 5);
    }

    // ---- schema management: starrocks4j owns the DDL ----------------------------------------------------------

    @Override
    public SchemaManagementTool getFallbackSchemaManagementTool(Map<String, Object> configurationValues,
                                                                ServiceRegistryImplementor registry) {
        return new StarRocksSchemaManagementTool();
    }

    @Override
    public Exporter<ForeignKey> getForeignKeyExporter() {
        return NoDdl.foreignKeys();
    }

    @Override
    public Exporter<UniqueKey> getUniqueKeyExporter() {
        return NoDdl.uniqueKeys();
    }

    @Override
    public UniqueDelegate getUniqueDelegate() {
        return NoDdl.UNIQUE;
    }

    @Override
    public boolean supportsColumnCheck() {
        return false;
    }

    @Override
    public boolean supportsTableCheck() {
        return false;
    }

    @Override
    public boolean supportsCascadeDelete() {
        return false;
    }

    // ---- identifiers and keys -----------------------------------------------------------------------------------

    @Override
    public SequenceSupport getSequenceSupport() {
        return NoSequenceSupport.INSTANCE;
    }

    /**
     * AUTO_INCREMENT columns exist, but the server does not return the generated value (StarRocks issue #51472), so
     * Hibernate cannot use them for identity generation.
     */
    @Override
    public IdentityColumnSupport getIdentityColumnSupport() {
        return IdentityColumnSupportImpl.INSTANCE;
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /**
     * StarRocks compares no row values: {@code (a, b) = (?, ?)} is a syntax error, and a multi-column {@code IN}
     * takes only a subquery ("multi-column IN predicate is only supported for subquery expressions"). So composite
     * ids ({@code @IdClass}: {@code find}, {@code merge}, {@code remove}) are compared column by column.
     */
    @Override
    public boolean supportsRowValueConstructorSyntax() {
        return false;
    }

    /** See {@link #supportsRowValueConstructorSyntax()}. */
    @Override
    public boolean supportsRowValueConstructorSyntaxInInList() {
        return false;
    }

    // ---- locking: StarRocks has no row locks ----------------------------------------------------------------------

    @Override
    public LockingSupport getLockingSupport() {
        return NoRowLocks.INSTANCE;
    }

    /**
     * Pessimistic modes are refused when the lock is taken (the {@code lock} calls are refused earlier, by the
     * integrator's listener; this covers the entity persister's other lock paths, e.g. an entity found in the
     * second-level cache); optimistic ones work through the version column.
     */
    @Override
    public LockingStrategy getLockingStrategy(EntityPersister lockable, LockMode lockMode, Locking.Scope lockScope) {
        return lockMode.isPessimistic() ? NoRowLocks.refusingStrategy(lockMode, lockable.getEntityName())
                : super.getLockingStrategy(lockable, lockMode, lockScope);
    }

    /** A native query with a pessimistic lock mode is refused instead of getting MySQL's {@code for update}. */
    @Override
    public String applyLocksToSql(String sql, LockOptions aliasedLockOptions, Map<String, String[]> keyColumnNames) {
        if (aliasedLockOptions.getLockMode().isPessimistic()) {
            throw NoRowLocks.refusal(aliasedLockOptions.getLockMode(), "a native query");
        }
        return sql;
    }

    @Override
    public LimitHandler getLimitHandler() {
        return LimitOffsetLimitHandler.INSTANCE;
    }

    @Override
    public SqlAstTranslatorFactory getSqlAstTranslatorFactory() {
        return new StandardSqlAstTranslatorFactory() {
            @Override
            protected <T extends JdbcOperation> SqlAstTranslator<T> buildTranslator(
                    SessionFactoryImplementor sessionFactory, Statement statement) {
                return new StarRocksSqlAstTranslator<>(sessionFactory, statement, StarRocksDialect.this);
            }
        };
    }

    // ---- types --------------------------------------------------------------------------------------------------

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        StarRocksJdbcTypes.contribute(typeContributions);
    }
}
