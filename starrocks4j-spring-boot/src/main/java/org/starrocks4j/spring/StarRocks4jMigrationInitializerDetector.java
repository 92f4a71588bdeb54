package org.starrocks4j.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link StarRocks4jMigrationInitializer} beans initialize the database, so that the beans
 * that use it (JPA's EntityManagerFactory, JdbcTemplate, ...) are created after the migration.
 */
public class StarRocks4jMigrationInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(StarRocks4jMigrationInitializer.class);
    }
}
