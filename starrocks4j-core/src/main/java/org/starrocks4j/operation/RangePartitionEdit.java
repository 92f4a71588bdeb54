package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;

/**
 * ADD and DROP PARTITION on a RANGE partitioned table, leaving partitions a CREATE TABLE can write and that hold the
 * ranges the server holds. The server gives a {@code VALUES LESS THAN} partition its lower bound once, when it creates
 * it (the greatest upper bound below it then, or the key type's minimum), and holds every partition as a fixed range
 * from then on: dropping {@code p1} leaves {@code p2 VALUES LESS THAN ("2024-03-01")} at
 * {@code [("2024-02-01"), ("2024-03-01"))}, not at the minimum. So the partitions stay as the statements wrote them
 * while that still describes the ranges the server holds, and are otherwise all written in the server's form
 * ({@link PartitionRanges#serverForm}: every one a fixed range, as SHOW CREATE TABLE prints them), since one CREATE
 * TABLE cannot mix {@code VALUES LESS THAN} with fixed ranges.
 */
final class RangePartitionEdit {

    private final Table table;
    private final Partitioning.Range range;

    /** An edit of {@code table}, which must be RANGE partitioned. */
    RangePartitionEdit(Table table) {
        this.table = table;
        this.range = (Partitioning.Range) table.partitioning();
    }

    /** True when the table has a partition of that name, written or made by START/END/EVERY. */
    boolean has(String name) {
        if (SchemaReplay.findPartition(range.partitions(), name) >= 0) {
            return true;
        }
        boolean batches = range.partitions().stream().anyMatch(PartitionDefinition.Batch.class::isInstance);
        return batches && serverForm().map(held -> SchemaReplay.findPartition(held, name) >= 0).orElse(false);
    }

    /** The partitions after ADD PARTITION {@code added}. */
    List<PartitionDefinition> add(PartitionDefinition added) {
        List<PartitionDefinition> parts = new ArrayList<>(range.partitions());
        parts.add(added);
        if (!PartitionRanges.mixesLessThan(parts)) {
            return parts;
        }
        // LESS THAN beside fixed ranges: the server gives the new range its lower bound now, and holds all as fixed
        return PartitionRanges.serverForm(new Partitioning.Range(range.keys(), parts), table).orElse(parts);
    }

    /** The partitions after DROP PARTITION {@code name}; empty when the table has no partition of that name. */
    Optional<List<PartitionDefinition>> drop(String name) {
        int at = SchemaReplay.findPartition(range.partitions(), name);
        Optional<List<PartitionDefinition>> held = serverForm();
        if (held.isEmpty()) {
            return at < 0 ? Optional.empty() : Optional.of(pinned(at));
        }
        int heldAt = SchemaReplay.findPartition(held.get(), name);
        if (heldAt < 0) {
            return Optional.empty();
        }
        List<PartitionDefinition> heldRemaining = without(held.get(), heldAt);
        if (at >= 0) {
            List<PartitionDefinition> remaining = without(range.partitions(), at);
            Optional<List<PartitionDefinition>> remainingHeld =
                    PartitionRanges.serverForm(new Partitioning.Range(range.keys(), remaining), table);
            if (remainingHeld.equals(Optional.of(heldRemaining))) {
                return Optional.of(remaining); // the others keep their ranges as written
            }
        }
        return Optional.of(heldRemaining);
    }

    private Optional<List<PartitionDefinition>> serverForm() {
        return PartitionRanges.serverForm(range, table);
    }

    /**
     * Where the key's type is unknown, so is the server's form: the partitions without the one at {@code dropped},
     * each {@code VALUES LESS THAN} partition that started where it ended written as the fixed range it keeps, the
     * others as written. Such a list mixes the two ways of writing ranges, which validation reports.
     */
    private List<PartitionDefinition> pinned(int dropped) {
        List<PartitionDefinition> before = range.partitions();
        List<PartitionDefinition> remaining = without(before, dropped);
        List<PartitionDefinition> out = new ArrayList<>(remaining);
        for (int i = dropped; i < out.size(); i++) {
            if (!(out.get(i) instanceof PartitionDefinition.LessThan lt)) {
                continue;
            }
            int was = PartitionRanges.predecessor(before, i + 1);
            int now = PartitionRanges.predecessor(remaining, i);
            if (was < 0 || was == (now < dropped ? now : now + 1)) {
                continue; // it started at the minimum, or still follows the same partition
            }
            List<String> lower = PartitionRanges.upperBound(before.get(was));
            List<String> upper = lt.maxValue() ? range.keys().stream().map(k -> PartitionDefinition.MAXVALUE).toList()
                    : lt.values();
            if (lower.size() == upper.size()) {
                out.set(i, new PartitionDefinition.Fixed(lt.name(), lower, upper, lt.properties()));
            }
        }
        return out;
    }

    private static List<PartitionDefinition> without(List<PartitionDefinition> parts, int at) {
        List<PartitionDefinition> out = new ArrayList<>(parts);
        out.remove(at);
        return out;
    }
}
