package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.migrate.AppliedRevision;
import org.starrocks4j.migrate.Checksums;
import org.starrocks4j.migrate.DatabaseState;
import org.starrocks4j.migrate.LockHolder;
import org.starrocks4j.migrate.MigrationInfo;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.RevisionState;

/** {@code current --format json}: every key always there, the state in words a script can switch on. */
class StatusJsonTest {

    private final Revision a = new Revision("aaa111", List.of(), "Create t", Instant.EPOCH,
            "CREATE TABLE t (id INT);", "DROP TABLE t;", null);
    private final Revision b = new Revision("bbb111", List.of("aaa111"), "Grow t", Instant.EPOCH.plusSeconds(1),
            "ALTER TABLE t ADD COLUMN c INT;\nALTER TABLE t ADD COLUMN d INT;", "", null);
    private final RevisionGraph graph = new RevisionGraph(List.of(a, b));

    @Test
    void currentWithAPartlyAppliedRevisionAndAHeldLock() {
        AppliedRevision applied = new AppliedRevision("aaa111", List.of(), "Create t", RevisionState.APPLIED, 1,
                a.checksum(), "", "2026-11-25 06:00:00", "ann@host:1");
        AppliedRevision partial = new AppliedRevision("bbb111", List.of("aaa111"), "Grow t", RevisionState.UPGRADING,
                1, Checksums.ofFirst(b.upgradeStatements(), 1), "", "2026-11-25 06:01:00",
                "ann@host:1");
        MigrationInfo info = new MigrationInfo(new DatabaseState(graph, List.of(applied, partial)),
                Optional.of(new LockHolder("bob@ci:7", "2026-11-25T06:02:00Z")));
        assertThat(JsonWriter.write(StatusJson.current(info))).isEqualTo("""
                {
                  "current": "aaa111",
                  "applied": [
                    {
                      "revision": "aaa111",
                      "state": "applied",
                      "step": 1,
                      "updated_at": "2026-11-25 06:00:00",
                      "updated_by": "ann@host:1"
                    },
                    {
                      "revision": "bbb111",
                      "state": "upgrading",
                      "step": 1,
                      "updated_at": "2026-11-25 06:01:00",
                      "updated_by": "ann@host:1"
                    }
                  ],
                  "pending": ["bbb111"],
                  "drifts": [],
                  "lock": {"holder": "bob@ci:7", "since": "2026-11-25T06:02:00Z"},
                  "needs_attention": true
                }
                """);
    }

    @Test
    void historyWithTheDatabaseStateMarksPendingRevisions() {
        AppliedRevision applied = new AppliedRevision("aaa111", List.of(), "Create t", RevisionState.APPLIED, 1,
                a.checksum(), "", "2026-11-25 06:00:00", "ann@host:1");
        String json = JsonWriter.write(StatusJson.revisions(List.of(b, a), graph,
                Map.of("aaa111", applied), false, List.of()));
        assertThat(json).contains("\"id\": \"bbb111\"", "\"state\": \"pending\"", "\"state\": \"applied\"",
                "\"updated_at\": \"2026-11-25 06:00:00\"", "\"drifts\": []");
    }
}
