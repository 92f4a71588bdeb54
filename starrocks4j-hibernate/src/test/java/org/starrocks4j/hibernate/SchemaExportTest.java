package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.hibernate.entities.PageViewAggregates;
import org.starrocks4j.hibernate.entities.RenamedColumns;
import org.starrocks4j.hibernate.entities.bad.AggregateWithoutType;
import org.starrocks4j.hibernate.entities.bad.GeneratedId;
import org.starrocks4j.hibernate.entities.bad.GeneratedSequenceId;
import org.starrocks4j.hibernate.entities.bad.InstantColumn;
import org.starrocks4j.hibernate.entities.bad.KeyNotAField;
import org.starrocks4j.hibernate.entities.bad.TagsCollection;
import org.starrocks4j.hibernate.entities.bad.TwoNames;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;

/**
 * Schema generation to script targets needs no server: the DDL Hibernate writes for an entity is starrocks4j's
 * ({@code inspect} of the same class), and entities the model cannot express stop the start with the
 * {@code models:} source's messages, before anything is written.
 */
class SchemaExportTest {

    @TempDir
    Path dir;

    /** Runs the script action; returns the create script's statements, or the drop script's for "drop". */
    private List<String> export(String action, Class<?>... entities) throws IOException {
        Path create = dir.resolve("create.sql");
        Path drop = dir.resolve("drop.sql");
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory ignored = HibernateBoot.start(jdbc, Map.of(
                "jakarta.persistence.schema-generation.scripts.action", action,
                "jakarta.persistence.schema-generation.scripts.create-target", create.toString(),
                "jakarta.persistence.schema-generation.scripts.drop-target", drop.toString()), entities)) {
            assertThat(jdbc.statements).as("nothing runs on the database").isEmpty();
        }
        if (action.startsWith("drop-and-")) {
            assertThat(statements(Files.readString(drop))).containsExactly("DROP TABLE IF EXISTS `page_view_aggregates`");
        }
        return statements(Files.readString(action.equals("drop") ? drop : create));
    }

    private static List<String> statements(String script) {
        return Arrays.stream(script.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What {@code starrocks4j inspect --from models:CLASS --format sql} prints for the classes. */
    private static List<String> inspect(Class<?>... classes) {
        DdlRenderer renderer = new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("3.5.2")));
        StringBuilder out = new StringBuilder();
        for (SchemaObject o : AnnotatedModelReader.read(classes).objects()) {
            out.append(renderer.create(o)).append(";\n\n");
        }
        return statements(out.toString());
    }

    @Test
    void createScriptIsTheDdlInspectPrintsForTheEntity() throws IOException {
        List<String> script = export("drop-and-create", PageViewAggregates.class);

        assertThat(script).isEqualTo(inspect(PageViewAggregates.class));
        assertThat(script.get(0)).isEqualTo("""
                CREATE TABLE `page_view_aggregates` (
                  `page_id` INT,
                  `visit_date` DATE,
                  `total_views` INT SUM,
                  `last_user` STRING REPLACE,
                  `distinct_users` BITMAP BITMAP_UNION
                )
                AGGREGATE KEY(`page_id`, `visit_date`)
                PARTITION BY date_trunc('day', visit_date)
                DISTRIBUTED BY HASH(`page_id`)
                PROPERTIES (
                  "replication_num" = "1"
                )""");
    }

    @Test
    void columnsNamedByTheStarRocksAnnotationsAreHibernatesColumnsToo() throws IOException {
        List<String> script = export("create", RenamedColumns.class);

        assertThat(script).isEqualTo(inspect(RenamedColumns.class));
        assertThat(script.get(0))
                .startsWith("CREATE TABLE `RenamedColumns` (\n  `pageId` INT,\n  `dt` DATE,\n  `uv` BIGINT\n)");
    }

    @Test
    void aColumnNamedTwoWaysFailsTheStartNamingBothNames() {
        assertThatThrownBy(() -> HibernateBoot.start(FakeJdbc.starRocks("3.5.2"), Map.of(), TwoNames.class))
                .isInstanceOf(StarRocksModelException.class)
                .hasMessageContaining("class " + TwoNames.class.getName() + ": Hibernate maps columns [views] that "
                        + "the StarRocks model does not declare, and the model declares columns [uv] that Hibernate "
                        + "does not map")
                .hasMessageContaining("name each column in one place");
    }

    @Test
    void generatedIdsAndCollectionTablesFailTheStartWithTheWayOut() {
        assertThatThrownBy(() -> HibernateBoot.start(FakeJdbc.starRocks("3.5.2"), Map.of(), GeneratedId.class,
                GeneratedSequenceId.class, TagsCollection.class))
                .isInstanceOf(StarRocksModelException.class)
                .hasMessageContaining("class " + GeneratedId.class.getName() + ", field id: @GeneratedValue(strategy "
                        + "= IDENTITY) cannot work on StarRocks")
                .hasMessageContaining("class " + GeneratedSequenceId.class.getName() + ", field id: "
                        + "@GeneratedValue(strategy = AUTO)")
                .hasMessageContaining("assign ids in the application")
                .hasMessageContaining("table tags_collection_tags is the collection or join table of "
                        + TagsCollection.class.getName() + ".tags")
                .hasMessageContaining("store the collection in an ARRAY or MAP column");
    }

    @Test
    void dropScriptDropsIfExists() throws IOException {
        assertThat(export("drop", PageViewAggregates.class))
                .containsExactly("DROP TABLE IF EXISTS `page_view_aggregates`");
    }

    @Test
    void badEntitiesFailAtBootWithTheModelsSourceMessages() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        Path script = dir.resolve("never.sql");
        Class<?>[] bad = {InstantColumn.class, KeyNotAField.class, AggregateWithoutType.class};

        assertThatThrownBy(() -> HibernateBoot.start(jdbc, Map.of(
                "jakarta.persistence.schema-generation.scripts.action", "create",
                "jakarta.persistence.schema-generation.scripts.create-target", script.toString()), bad))
                .isInstanceOf(StarRocksModelException.class)
                .satisfies(e -> {
                    List<String> expected = new java.util.ArrayList<>();
                    for (Class<?> c : bad) {
                        try {
                            AnnotatedModelReader.readObject(c);
                        } catch (InvalidModelException m) {
                            expected.addAll(m.problems());
                        }
                    }
                    assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
                    assertThat(((StarRocksModelException) e).problems()).containsAll(expected);
                })
                .hasMessageContaining("class " + InstantColumn.class.getName() + ", field happenedAt")
                .hasMessageContaining("@StarRocksColumn(type = \"DATETIME\")")
                .hasMessageContaining("order_id")
                .hasMessageContaining("field totalViews")
                .hasMessageContaining("nothing was created");
        assertThat(script).doesNotExist();
        assertThat(jdbc.statements).isEmpty();
    }
}
