package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionKeyType;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;

/**
 * Pre-created partitions as the server holds and prints them, which is how the diff compares them: RANGE partitions
 * as fixed ranges in the order of their ranges ({@link PartitionRanges#serverForm}: {@code VALUES LESS THAN},
 * {@code [lower, upper)} and {@code START/END/EVERY} that describe the same ranges are the same partitions), LIST
 * partitions with their values spelled for the key's type. Done only where the key's type is known
 * ({@link PartitionKeyType#of}); other partitions are kept as written, in their order.
 */
final class PartitionBounds {

    private PartitionBounds() {
    }

    /**
     * The pre-created partitions in the server's form: RANGE partitions as described above; LIST partitions with
     * their values spelled for the key's type ({@code 2013-07-01} becomes {@code 2013-07-01 00:00:00} for a DATETIME
     * key, {@code NULL} stays), in the order of their names (the server prints them in an order of its own: live
     * corpus pairs 1234, 1418, 1463).
     */
    static List<PartitionDefinition> canonical(Partitioning partitioning, Table table) {
        if (partitioning instanceof Partitioning.Range range) {
            return PartitionRanges.serverForm(range, table).orElse(range.partitions());
        }
        if (partitioning instanceof Partitioning.ListPartitioning list) {
            List<Optional<PartitionKeyType>> types = list.keys().stream().map(k -> PartitionKeyType.of(k, table))
                    .toList();
            return list.partitions().stream().map(p -> p instanceof PartitionDefinition.In in ? spelled(in, types) : p)
                    .sorted(Comparator.comparing(p -> Names.key(p.name()))).toList();
        }
        return partitioning.partitions();
    }

    private static PartitionDefinition spelled(PartitionDefinition.In in, List<Optional<PartitionKeyType>> types) {
        List<List<String>> values = new ArrayList<>();
        for (List<String> tuple : in.values()) {
            List<String> spelled = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) {
                String v = tuple.get(i);
                Optional<PartitionKeyType> type = i < types.size() ? types.get(i) : Optional.empty();
                spelled.add(type.isEmpty() || PartitionDefinition.NULL.equals(v) ? v : type.get().spell(v));
            }
            values.add(spelled);
        }
        return new PartitionDefinition.In(in.name(), values, in.properties());
    }
}
