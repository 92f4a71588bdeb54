package org.starrocks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

class StarRocks4jPropertiesTest {

    @Test
    void theDefaultsAreTheCores() {
        StarRocks4jProperties properties = new StarRocks4jProperties();
        StarRocks4jConfiguration core = StarRocks4j.configure();
        StarRocks4jConfiguration fromProperties = StarRocks4j.configure().configuration(properties.toSettings());

        assertThat(properties.getLocations()).containsExactlyElementsOf(
                core.locations().stream().map(Object::toString).toList());
        assertThat(properties.getTarget()).isEqualTo(core.target());
        assertThat(properties.getVersionTable()).isEqualTo(core.versionTable());
        assertThat(properties.getVersionTableProperties()).isEqualTo(core.versionTableProperties());
        assertThat(properties.getWait().getPollInterval()).isEqualTo(core.waitPollInterval());
        assertThat(properties.getWait().getTimeout()).isEqualTo(core.waitTimeout());
        assertThat(properties.isFailOnDrift()).isEqualTo(core.failOnDrift());
        assertThat(properties.getModels()).isEqualTo(core.models());
        assertThat(properties.getUrl()).isEqualTo(core.url());
        assertThat(properties.getUser()).isEqualTo(core.user());

        // and handing them over changes nothing
        assertThat(fromProperties.locations()).isEqualTo(core.locations());
        assertThat(fromProperties.target()).isEqualTo(core.target());
        assertThat(fromProperties.versionTable()).isEqualTo(core.versionTable());
        assertThat(fromProperties.waitPollInterval()).isEqualTo(core.waitPollInterval());
        assertThat(fromProperties.waitTimeout()).isEqualTo(core.waitTimeout());
        assertThat(fromProperties.failOnDrift()).isEqualTo(core.failOnDrift());
        assertThat(fromProperties.models()).isEqualTo(core.models());
    }
}
