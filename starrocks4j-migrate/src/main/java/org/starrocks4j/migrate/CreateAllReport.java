package org.starrocks4j.migrate;

import java.util.List;
import java.util.Objects;
import org.starrocks4j.schema.ObjectName;

/**
 * What {@link SchemaCreation#createAll} did: the objects it created, and the objects it left alone because they
 * exist, each with how it differs from the model (empty when it matches).
 *
 * @param created    the objects created, in creation order
 * @param existing   the objects that already existed and were not touched
 * @param statements the statements run
 */
public record CreateAllReport(List<ObjectName> created, List<Existing> existing, List<String> statements) {

    public CreateAllReport {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
        statements = List.copyOf(statements);
    }

    /**
     * An object that existed already.
     *
     * @param name        its name
     * @param kind        table, view or materialized view (as the model declares it)
     * @param differences what differs from the model (changes the diff would make, or why it cannot), empty when
     *                    it matches
     */
    public record Existing(ObjectName name, String kind, List<String> differences) {
        public Existing {
            Objects.requireNonNull(name, "name");
            differences = List.copyOf(differences);
        }

        /** True when the existing object is what the model declares. */
        public boolean matchesModel() {
            return differences.isEmpty();
        }
    }

    /** True when some existing object differs from its model. */
    public boolean hasDifferences() {
        return existing.stream().anyMatch(e -> !e.matchesModel());
    }

    /** A few lines for a person: what was created, what existed, how it differs. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("created ").append(created.size()).append(created.size() == 1 ? " object" : " objects");
        created.forEach(n -> out.append("\n  created ").append(n.toSql()));
        for (Existing e : existing) {
            out.append("\n  exists  ").append(e.kind()).append(' ').append(e.name().toSql());
            if (e.matchesModel()) {
                out.append(" (matches the model)");
            } else {
                out.append(", left as is; it differs from the model:");
                e.differences().forEach(d -> out.append("\n    - ").append(d.replace("\n", "\n      ")));
            }
        }
        return out.toString();
    }
}
