package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

class DiffJsonTest {

    @Test
    void changesWithFlagsWarningsAndStatements() {
        Table from = Table.builder("t").column("id", Types.INT).column("old", Types.INT).build();
        Table to = Table.builder("t").column("id", Types.INT).comment("say \"hi\"\n").build();
        DiffResult result = SchemaDiff.between(Schema.of(from), Schema.of(to));
        String json = DiffJson.write(result, (Operation op) -> "SQL of " + DiffJson.kind(op));
        assertThat(json).isEqualTo("""
                {
                  "changes": [
                    {
                      "description": "drop column `old` of table `t`",
                      "target": {"catalog": null, "database": null, "name": "t"},
                      "flags": ["destructive", "async_job"],
                      "warnings": [],
                      "not_undone": [],
                      "upgrade": [
                        {"operation": "alter_columns", "destructive": true, "sql": "SQL of alter_columns"}
                      ],
                      "downgrade": [
                        {"operation": "alter_columns", "destructive": false, "sql": "SQL of alter_columns"}
                      ]
                    },
                    {
                      "description": "set comment of table `t`",
                      "target": {"catalog": null, "database": null, "name": "t"},
                      "flags": [],
                      "warnings": [],
                      "not_undone": [],
                      "upgrade": [
                        {"operation": "set_comment", "destructive": false, "sql": "SQL of set_comment"}
                      ],
                      "downgrade": [
                        {"operation": "set_comment", "destructive": false, "sql": "SQL of set_comment"}
                      ]
                    }
                  ],
                  "warnings": []
                }
                """);
    }

    @Test
    void emptyResult() {
        assertThat(DiffJson.write(SchemaDiff.between(Schema.empty(), Schema.empty()), op -> ""))
                .isEqualTo("{\n  \"changes\": [],\n  \"warnings\": []\n}\n");
        assertThat(DiffJson.string("a\"b\\c\u0001")).isEqualTo("\"a\\\"b\\\\c\\u0001\"");
    }
}
