package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.migrate.jpa.JpaEvents;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.source.SourceContext;

class ModelsSourceProviderTest {

    private static Schema load(String spec, ClassLoader loader) throws Exception {
        return new ModelsSourceProvider().load(spec, new SourceContext(loader, Map.of(), line -> { }));
    }

    @Test
    void readsJpaEntitiesWhenTheJpaApiIsOnTheClassPath() throws Exception {
        Table events = (Table) load("models:" + JpaEvents.class.getName(), getClass().getClassLoader())
                .find("jpa_events").orElseThrow();

        assertThat(events.columns()).extracting(Column::name).containsExactly("id", "event_kind");
        assertThat(events.key().columns()).containsExactly("id");
    }

    /**
     * The model classes on a class path without the JPA API (a command line run given only the application's
     * classes): the JVM would drop the JPA annotations, and the model lose the key and the column names.
     */
    @Test
    void jpaAnnotationsTheClassPathCannotLoadAreAnErrorNotIgnored() throws Exception {
        ClassLoader withoutJpa = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("jakarta.persistence.") || name.startsWith(JpaEvents.class.getPackageName())) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };
        URL testClasses = JpaEvents.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader applicationClasses = new URLClassLoader(new URL[] {testClasses}, withoutJpa)) {
            for (String spec : new String[] {"models:" + JpaEvents.class.getName(),
                    "models:" + JpaEvents.class.getPackageName()}) {
                assertThatThrownBy(() -> load(spec, applicationClasses))
                        .as(spec)
                        .hasMessageContaining("class " + JpaEvents.class.getName() + " carries JPA annotations "
                                + "(jakarta.persistence.*), but jakarta.persistence is not on the class path")
                        .hasMessageContaining("--classpath CLASSES");
            }
        }
    }
}
