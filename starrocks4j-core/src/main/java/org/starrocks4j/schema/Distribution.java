package org.starrocks4j.schema;

import java.util.List;

/**
 * {@code DISTRIBUTED BY HASH(cols) [BUCKETS n]} or {@code DISTRIBUTED BY RANDOM [BUCKETS n]}. A table without a
 * distribution gets the server's default (RANDOM for DUPLICATE KEY tables, range distribution on 4.1+ shared-data).
 */
public sealed interface Distribution {

    /** The bucket count, or {@code null} to let the server choose. */
    Integer buckets();

    record Hash(List<String> columns, Integer buckets) implements Distribution {
        public Hash {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new InvalidModelException("HASH distribution needs at least one column");
            }
            checkBuckets(buckets);
        }
    }

    record Random(Integer buckets) implements Distribution {
        public Random {
            checkBuckets(buckets);
        }
    }

    static Hash hash(String... columns) {
        return new Hash(List.of(columns), null);
    }

    static Hash hash(int buckets, String... columns) {
        return new Hash(List.of(columns), buckets);
    }

    static Random random() {
        return new Random(null);
    }

    static Random random(int buckets) {
        return new Random(buckets);
    }

    private static void checkBuckets(Integer buckets) {
        if (buckets != null && buckets < 1) {
            throw new InvalidModelException("Illegal bucket size: " + buckets + "; BUCKETS must be at least 1, "
                    + "or left out so the server chooses");
        }
    }
}
