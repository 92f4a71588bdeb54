package org.starrocks4j.hibernate;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Starts Hibernate for tests: offline (dialect named, no JDBC metadata) over a {@link FakeJdbc}. */
final class HibernateBoot {

    private HibernateBoot() {
    }

    /** The settings every offline boot uses, plus {@code extra}. */
    static Map<String, Object> settings(FakeJdbc jdbc, Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.DIALECT, StarRocksDialect.class.getName());
        settings.put(StarRocksSettings.VERSION, "3.5.2");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, jdbc);
        settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, StarRocksNamingStrategy.class.getName());
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.putAll(extra);
        return settings;
    }

    static SessionFactory start(FakeJdbc jdbc, Map<String, Object> extra, Class<?>... entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings(jdbc, extra))
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
