package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;

/**
 * The pre-created partitions of one table: added, dropped, and their own PROPERTIES changed
 * ({@code MODIFY PARTITION}). A partition's range cannot change: StarRocks has no ALTER for it, and dropping the
 * partition and adding it again would lose its rows, so a bound change is refused (or rebuilt, when allowed).
 */
final class PartitionDiff {

    /**
     * @param changes  the partition changes, in the order to apply them
     * @param problems bound changes StarRocks cannot ALTER
     * @param warnings differences left alone
     */
    record Result(List<Change> changes, List<NonAlterableChange> problems, List<String> warnings) {
    }

    private final Table from;
    private final Table to;
    private final PropertyDefaults defaults;
    private final Set<String> partitionWide;
    private final ObjectName name;
    private final String label;
    private final List<Change> changes = new ArrayList<>();
    private final List<NonAlterableChange> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private PartitionDiff(Table from, Table to, PropertyDefaults defaults, Set<String> partitionWide) {
        this.from = from;
        this.to = to;
        this.defaults = defaults;
        this.partitionWide = partitionWide;
        this.name = from.name();
        this.label = "table " + name.toSql();
    }

    /**
     * @param defaults      the server's property values, for partitions that state none
     * @param partitionWide properties the table diff already sets on every partition ({@code MODIFY PARTITION (*)})
     */
    static Result compare(Table from, Table to, PropertyDefaults defaults, Set<String> partitionWide) {
        PartitionDiff diff = new PartitionDiff(from, to, defaults, partitionWide);
        diff.run();
        return new Result(diff.changes, diff.problems, diff.warnings);
    }

    /**
     * Pre-created partitions, compared by name when the target lists any: missing ones are added, extra ones
     * dropped. A target that lists none leaves partitions alone (the server or dynamic partitioning manages
     * them). START/END/EVERY batches are compared as written; the server expands them into named partitions,
     * so a batch on one side and named partitions on the other are not compared.
     */
    private void run() {
        if (from.partitioning() == null || to.partitioning() == null
                || !Objects.equals(TableDiff.scheme(from.partitioning()), TableDiff.scheme(to.partitioning()))) {
            return;
        }
        List<PartitionDefinition> before = serverForm(from);
        List<PartitionDefinition> after = serverForm(to);
        if (after.isEmpty()) {
            return;
        }
        boolean batchBefore = before.stream().anyMatch(PartitionDefinition.Batch.class::isInstance);
        boolean batchAfter = after.stream().anyMatch(PartitionDefinition.Batch.class::isInstance);
        if (batchBefore != batchAfter && !before.isEmpty()) {
            warnings.add(label + ": pre-created partitions are written as START/END/EVERY on one side and as named "
                    + "partitions on the other; they are not compared");
            return;
        }
        if ("true".equalsIgnoreCase(PropertyDefaults.value(to.properties(), "dynamic_partition.enable"))) {
            warnings.add(label + ": dynamic partitioning manages the partitions; pre-created partitions are not "
                    + "compared");
            return;
        }
        Map<String, PartitionDefinition> had = partitionsByKey(before);
        Map<String, PartitionDefinition> wanted = partitionsByKey(after);
        PartitionProperties properties = new PartitionProperties();
        for (Map.Entry<String, PartitionDefinition> e : had.entrySet()) {
            PartitionDefinition w = asWritten(to, wanted.get(e.getKey()));
            PartitionDefinition h = asWritten(from, e.getValue());
            if (w == null) {
                if (h instanceof PartitionDefinition.Batch) {
                    warnings.add(label + ": the partition batch " + e.getKey() + " is gone from the model; the "
                            + "partitions it created are not dropped automatically (drop them by name)");
                    continue;
                }
                changes.add(Change.builder("drop partition `" + h.name() + "` of " + label, name)
                        .up(new TableOperation.DropPartition(name, h.name(), false, false))
                        .down(new TableOperation.AddPartition(name, h, false))
                        .warn(label + ": dropping partition `" + h.name() + "` deletes its rows; the downgrade "
                                + "re-creates it empty")
                        .build());
            } else if (h instanceof PartitionDefinition.Batch) {
                continue; // keyed by its START, END and EVERY: the same batch on both sides
            } else if (!sameBounds(e.getValue(), wanted.get(e.getKey()))) {
                problems.add(new NonAlterableChange(name, "range of partition `" + h.name() + "` (StarRocks cannot "
                        + "change a partition's bounds; dropping it and adding it again would lose its rows)",
                        bounds(e.getValue()), bounds(wanted.get(e.getKey()))));
            } else {
                properties.compare(h.name(), e.getValue().properties(), wanted.get(e.getKey()).properties());
            }
        }
        properties.addChanges();
        for (Map.Entry<String, PartitionDefinition> e : wanted.entrySet()) {
            if (!had.containsKey(e.getKey())) {
                PartitionDefinition w = asWritten(to, e.getValue());
                Change.Builder b = Change.builder("add partition " + (w.name() == null ? e.getKey()
                        : "`" + w.name() + "`") + " to " + label, name)
                        .up(new TableOperation.AddPartition(name, w, false));
                if (w.name() != null) {
                    b.down(new TableOperation.DropPartition(name, w.name(), true, false));
                } else {
                    b.warn(label + ": partitions added by START/END/EVERY are not dropped by the downgrade");
                }
                changes.add(b.build());
            }
        }
    }

    /**
     * Same bounds, whatever the partitions' own PROPERTIES. Both are in server form ({@link #serverForm}); a
     * {@code LESS THAN} partition left there has a key whose type is unknown, so its lower bound cannot be worked
     * out and only the upper bounds are compared.
     */
    private static boolean sameBounds(PartitionDefinition a, PartitionDefinition b) {
        if (a instanceof PartitionDefinition.LessThan || b instanceof PartitionDefinition.LessThan) {
            return !(a instanceof PartitionDefinition.In) && !(b instanceof PartitionDefinition.In)
                    && PartitionRanges.upperBound(a).equals(PartitionRanges.upperBound(b));
        }
        return a.withProperties(Map.of()).equals(b.withProperties(Map.of()));
    }

    /** A partition's bounds as SQL-like text: {@code [("2024-01-01"), ("2024-02-01"))}, {@code IN ("a", "b")}. */
    private static String bounds(PartitionDefinition d) {
        if (d instanceof PartitionDefinition.Fixed f) {
            return "[" + tuple(f.lower()) + ", " + tuple(f.upper()) + ")";
        }
        if (d instanceof PartitionDefinition.LessThan lt) {
            return "LESS THAN " + (lt.maxValue() ? "MAXVALUE" : tuple(lt.values()));
        }
        if (d instanceof PartitionDefinition.In in) {
            return "IN (" + in.values().stream().map(PartitionDiff::tuple).collect(Collectors.joining(", ")) + ")";
        }
        return d.toString();
    }

    private static String tuple(List<String> values) {
        return values.stream().map(v -> v.equals(PartitionDefinition.MAXVALUE) ? v : "\"" + v + "\"")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The partitions' own storage medium, replica count and other PROPERTIES, compared on effective values: a
     * partition that states none has the table's. Differences become {@code MODIFY PARTITION (...) SET (...)}, one
     * statement per property and value; they are never a reason to drop and re-add a partition. A value the model
     * states neither for the partition nor for the table is left alone (reported).
     */
    private final class PartitionProperties {
        /** key → value → partitions, for the upgrade and the downgrade. */
        private final Map<String, Map<String, List<String>>> up = new LinkedHashMap<>();
        private final Map<String, Map<String, List<String>>> down = new LinkedHashMap<>();
        /** key → partitions whose value before is not known (not stated, no known default): not restored. */
        private final Map<String, List<String>> unknown = new LinkedHashMap<>();

        void compare(String partition, Map<String, String> had, Map<String, String> wanted) {
            Set<String> keys = new LinkedHashSet<>();
            had.keySet().forEach(k -> keys.add(PropertyDefaults.key(k)));
            wanted.keySet().forEach(k -> keys.add(PropertyDefaults.key(k)));
            for (String key : keys) {
                String own = PropertyDefaults.value(had, key);
                String before = partitionWide.contains(key) ? tableValue(to, key)
                        : own != null ? own : tableValue(from, key);
                String stated = PropertyDefaults.value(wanted, key);
                String after = stated != null ? stated
                        : PropertyDefaults.value(to.properties(), key) != null ? tableValue(to, key) : null;
                if (after == null) {
                    String table = tableValue(from, key);
                    if (own != null && (table == null || !same(key, own, table))) {
                        warnings.add(label + ": partition `" + partition + "` has its own \"" + key + "\" = \"" + own
                                + "\", which the model states neither for it nor for the table; left as is");
                    }
                } else if (before == null || !same(key, before, after)) {
                    up.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .computeIfAbsent(after, v -> new ArrayList<>()).add(partition);
                    if (before != null) {
                        down.computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .computeIfAbsent(before, v -> new ArrayList<>()).add(partition);
                    } else {
                        unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(partition);
                    }
                }
            }
        }

        void addChanges() {
            for (Map.Entry<String, Map<String, List<String>>> e : up.entrySet()) {
                String key = e.getKey();
                List<String> partitions = e.getValue().values().stream().flatMap(List::stream).toList();
                Change.Builder b = Change.builder("set " + key + " of partition(s) " + String.join(", ", partitions)
                        + " of " + label, name);
                e.getValue().forEach((value, names) ->
                        b.up(new TableOperation.ModifyPartitions(name, names, Map.of(key, value))));
                down.getOrDefault(key, Map.of()).forEach((value, names) ->
                        b.down(new TableOperation.ModifyPartitions(name, names, Map.of(key, value))));
                List<String> notRestored = unknown.getOrDefault(key, List.of());
                if (!notRestored.isEmpty()) {
                    b.warn(label + ": the \"" + key + "\" of partition(s) " + String.join(", ", notRestored)
                            + " before was not stated and has no known default; the downgrade cannot restore it");
                }
                changes.add(b.build());
            }
        }

        private String tableValue(Table t, String key) {
            String stated = PropertyDefaults.value(t.properties(), key);
            return stated != null ? stated : defaults.defaultValue(key);
        }

        private boolean same(String key, String a, String b) {
            return PropertyDefaults.canonicalValue(key, a).equalsIgnoreCase(PropertyDefaults.canonicalValue(key, b));
        }
    }

    /**
     * A partition as the model writes it (e.g. {@code VALUES LESS THAN}), for the statements; partitions are
     * compared in their server form, where a written partition of the same name may look different.
     */
    private static PartitionDefinition asWritten(Table t, PartitionDefinition serverForm) {
        if (serverForm == null || serverForm.name() == null) {
            return serverForm;
        }
        return t.partitioning().partitions().stream()
                .filter(p -> p.name() != null && p.name().equalsIgnoreCase(serverForm.name()))
                .findFirst().orElse(serverForm);
    }

    /** Pre-created partitions as the server holds them ({@link PartitionBounds}). */
    private static List<PartitionDefinition> serverForm(Table t) {
        return PartitionBounds.canonical(t.partitioning(), t);
    }

    private static Map<String, PartitionDefinition> partitionsByKey(List<PartitionDefinition> defs) {
        Map<String, PartitionDefinition> out = new LinkedHashMap<>();
        for (PartitionDefinition d : defs) {
            if (d instanceof PartitionDefinition.Batch b) {
                out.put("START (" + b.start() + ") END (" + b.end() + ") EVERY (" + b.every() + ")", d);
            } else {
                out.put(Names.key(d.name()), d);
            }
        }
        return out;
    }

}
