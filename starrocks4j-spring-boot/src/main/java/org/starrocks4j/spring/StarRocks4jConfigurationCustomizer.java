package org.starrocks4j.spring;

import org.starrocks4j.migrate.StarRocks4jConfiguration;

/**
 * Adjusts the configuration the auto-configuration builds from the {@code starrocks4j.*} properties, before it is
 * loaded: for settings that are not properties (a class loader, a progress sink) or computed ones.
 */
@FunctionalInterface
public interface StarRocks4jConfigurationCustomizer {

    /** Changes {@code configuration} in place; customizers run in their {@code @Order}. */
    void customize(StarRocks4jConfiguration configuration);
}
