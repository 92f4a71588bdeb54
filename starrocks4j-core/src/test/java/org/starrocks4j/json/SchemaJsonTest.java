package org.starrocks4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.Types;

class SchemaJsonTest {

    @Test
    void everyAttributeInAFixedShape() {
        Table t = Table.builder("events")
                .column("id", Types.BIGINT, Column.Builder::notNull)
                .column("dt", Types.DATE, c -> c.notNull().comment("day"))
                .column("note", Types.STRING, c -> c.defaultValue("say \"hi\"\n"))
                .duplicateKey("id", "dt")
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(PartitionDefinition.lessThan("p1", "2025-01-01")))
                .distributedBy(Distribution.hash(4, "id"))
                .property("replication_num", "1")
                .rollup(Rollup.of("r_dt", "dt", "id").withDuplicateKey("dt"))
                .syncMaterializedView(SyncMaterializedView.of("mv_dt", "SELECT dt, count(id) FROM events GROUP BY dt")
                        .withProperties(Map.of("colocate_mv", "true")))
                .build();
        View v = View.builder("v").as("SELECT id FROM events").build();
        MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.asyncEvery(1, "hour"))
                .as("SELECT dt, count(*) FROM events GROUP BY dt").build();
        assertThat(SchemaJson.write(Schema.of(t, v, mv))).isEqualTo("""
                {
                  "objects": [
                    {
                      "kind": "table",
                      "name": {"catalog": null, "database": null, "name": "events"},
                      "columns": [
                        {
                          "name": "id",
                          "type": "BIGINT",
                          "aggregate": null,
                          "nullable": false,
                          "default": null,
                          "auto_increment": false,
                          "generated_as": null,
                          "comment": null,
                          "renamed_from": null
                        },
                        {
                          "name": "dt",
                          "type": "DATE",
                          "aggregate": null,
                          "nullable": false,
                          "default": null,
                          "auto_increment": false,
                          "generated_as": null,
                          "comment": "day",
                          "renamed_from": null
                        },
                        {
                          "name": "note",
                          "type": "STRING",
                          "aggregate": null,
                          "nullable": null,
                          "default": {"kind": "literal", "value": "say \\"hi\\"\\n"},
                          "auto_increment": false,
                          "generated_as": null,
                          "comment": null,
                          "renamed_from": null
                        }
                      ],
                      "key": {"type": "DUPLICATE", "columns": ["id", "dt"]},
                      "comment": null,
                      "engine": "OLAP",
                      "partitioning": {
                        "kind": "range",
                        "keys": [
                          {"column": "dt"}
                        ],
                        "partitions": [
                          {"kind": "less_than", "name": "p1", "values": ["2025-01-01"], "properties": {}}
                        ]
                      },
                      "distribution": {"kind": "hash", "columns": ["id"], "buckets": 4},
                      "order_by": [],
                      "properties": {"replication_num": "1"},
                      "indexes": [],
                      "rollups": [
                        {"name": "r_dt", "columns": ["dt", "id"], "duplicate_key": ["dt"], "properties": {}}
                      ],
                      "sync_materialized_views": [
                        {
                          "name": "mv_dt",
                          "definition": "SELECT dt, count(id) FROM events GROUP BY dt",
                          "properties": {"colocate_mv": "true"}
                        }
                      ]
                    },
                    {
                      "kind": "view",
                      "name": {"catalog": null, "database": null, "name": "v"},
                      "columns": [],
                      "comment": null,
                      "security": null,
                      "definition": "SELECT id FROM events"
                    },
                    {
                      "kind": "materialized_view",
                      "name": {"catalog": null, "database": null, "name": "mv"},
                      "columns": [],
                      "indexes": [],
                      "comment": null,
                      "partitioning": null,
                      "distribution": null,
                      "order_by": [],
                      "refresh": {
                        "moment": null,
                        "kind": "ASYNC",
                        "start": null,
                        "every": {"amount": 1, "unit": "HOUR"}
                      },
                      "properties": {},
                      "definition": "SELECT dt, count(*) FROM events GROUP BY dt"
                    }
                  ]
                }
                """);
    }

    @Test
    void emptySchema() {
        assertThat(SchemaJson.write(Schema.empty())).isEqualTo("{\n  \"objects\": []\n}\n");
    }

    @Test
    void writerLayoutAndEscapes() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", 1);
        inner.put("b", List.of("x", "y"));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("flat", inner);
        root.put("nested", List.of(inner, Map.of()));
        root.put("long", Map.of("text", "x".repeat(120)));
        root.put("none", null);
        assertThat(JsonWriter.write(root)).isEqualTo("""
                {
                  "flat": {"a": 1, "b": ["x", "y"]},
                  "nested": [
                    {"a": 1, "b": ["x", "y"]},
                    {}
                  ],
                  "long": {
                    "text": "%s"
                  },
                  "none": null
                }
                """.formatted("x".repeat(120)));
        assertThat(JsonWriter.quote("a\"b\\c\u0001\t")).isEqualTo("\"a\\\"b\\\\c\\u0001\\t\"");
    }
}
