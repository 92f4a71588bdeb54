package org.starrocks4j.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/**
 * Migrates a StarRocks database when a Spring Boot application starts, in the shape of Spring Boot's Flyway
 * support: configuring apart from running. It builds a {@link StarRocks4j} from the {@code starrocks4j.*}
 * properties ({@link StarRocks4jProperties}) over the application's DataSource (or one marked
 * {@link StarRocks4jDataSource}, or {@code starrocks4j.url}), lets {@link StarRocks4jConfigurationCustomizer}s
 * adjust it, and runs it with a {@link StarRocks4jMigrationInitializer} that everything using the database waits
 * for. Every bean can be replaced by defining one; {@code starrocks4j.enabled=false} turns it all off.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(StarRocks4j.class)
@ConditionalOnProperty(prefix = "starrocks4j", name = "enabled", matchIfMissing = true)
@Conditional(StarRocks4jAutoConfiguration.DataSourceOrUrlCondition.class)
@EnableConfigurationProperties(StarRocks4jProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class StarRocks4jAutoConfiguration {

    /** The StarRocks4j of the application: properties, then customizers; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public StarRocks4j starRocks4j(StarRocks4jProperties properties, ObjectProvider<DataSource> dataSource,
                                   @StarRocks4jDataSource ObjectProvider<DataSource> starRocks4jDataSource,
                                   ObjectProvider<StarRocks4jConfigurationCustomizer> customizers,
                                   ResourceLoader resourceLoader) {
        StarRocks4jConfiguration configuration = StarRocks4j.configure()
                .classLoader(resourceLoader.getClassLoader())
                .configuration(properties.toSettings());
        if (properties.getUrl() == null || properties.getUrl().isBlank()) {
            DataSource marked = starRocks4jDataSource.getIfAvailable();
            configuration.dataSource(marked != null ? marked : dataSource.getIfUnique());
        }
        customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
        return configuration.load();
    }

    /**
     * Runs the migration at start-up, before the beans that use the database: the strategy bean if there is one,
     * else what {@code starrocks4j.mode} says.
     */
    @Bean
    @ConditionalOnMissingBean
    public StarRocks4jMigrationInitializer starRocks4jMigrationInitializer(StarRocks4j starRocks4j,
            StarRocks4jProperties properties, ObjectProvider<StarRocks4jMigrationStrategy> strategy) {
        return new StarRocks4jMigrationInitializer(starRocks4j, strategy.getIfAvailable(
                () -> properties.getMode() == StarRocks4jProperties.Mode.CREATE_ALL
                        ? StarRocks4jMigrationStrategy.createAll() : null));
    }

    /** There is something to migrate: a DataSource bean, or a URL of its own. */
    static final class DataSourceOrUrlCondition extends AnyNestedCondition {

        DataSourceOrUrlCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {
        }

        @ConditionalOnProperty(prefix = "starrocks4j", name = "url")
        static final class OwnUrl {
        }
    }
}
