package org.starrocks4j.migrate;

import java.time.Instant;
import java.util.List;

/** Test revisions. */
final class Revisions {

    private static int clock;

    private Revisions() {
    }

    static Revision rev(String id, List<String> parents, String upgrade, String downgrade) {
        return new Revision(id, parents, "revision " + id, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(clock++),
                upgrade, downgrade, null);
    }

    static Revision rev(String id, String parent, String upgrade, String downgrade) {
        return rev(id, parent == null ? List.of() : List.of(parent), upgrade, downgrade);
    }
}
