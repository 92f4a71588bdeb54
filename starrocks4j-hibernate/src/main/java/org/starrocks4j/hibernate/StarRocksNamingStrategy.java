package org.starrocks4j.hibernate;

import org.hibernate.boot.model.naming.EntityNaming;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.source.spi.AttributePath;
import org.starrocks4j.annotations.JavaNames;
import org.starrocks4j.annotations.Naming;
import org.starrocks4j.annotations.StarRocksTable;

/**
 * Hibernate's implicit names as starrocks4j's model derives them, so that Hibernate reads and writes the tables
 * starrocks4j creates: {@code PageViewAggregates} → {@code page_view_aggregates}, {@code visitDate} →
 * {@code visit_date}; {@code @StarRocksTable(name = ...)} and {@code naming = Naming.AS_IS} are honoured for table
 * names. Explicit names ({@code @Table(name)}, {@code @Column(name)}) stay as written, as in the model. Set it with
 * {@code hibernate.implicit_naming_strategy=org.starrocks4j.hibernate.StarRocksNamingStrategy}.
 *
 * <p>A naming strategy is told an attribute's name, never its field, so the column names that only the StarRocks
 * annotations give ({@code @StarRocksColumn(name = ...)}, {@code naming = Naming.AS_IS}) are applied after binding,
 * by {@link ModelColumnNames}; the snake_case column names here keep Hibernate's logical names (those that
 * {@code @Index(columnList = ...)} refers to) in line with the model's.
 */
public class StarRocksNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    protected String transformEntityName(EntityNaming entityNaming) {
        String jpaName = super.transformEntityName(entityNaming);
        StarRocksTable table = starRocksTable(entityNaming.getClassName());
        if (table != null && !table.name().isEmpty()) {
            return table.name();
        }
        Naming naming = table == null ? Naming.SNAKE_CASE : table.naming();
        return JavaNames.toSql(jpaName, naming);
    }

    @Override
    protected String transformAttributePath(AttributePath attributePath) {
        return JavaNames.snakeCase(super.transformAttributePath(attributePath));
    }

    private static StarRocksTable starRocksTable(String className) {
        if (className == null) {
            return null;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(className, false,
                    loader == null ? StarRocksNamingStrategy.class.getClassLoader() : loader);
            return type.getAnnotation(StarRocksTable.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
