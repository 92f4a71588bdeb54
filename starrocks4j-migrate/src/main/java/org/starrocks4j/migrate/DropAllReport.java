package org.starrocks4j.migrate;

import java.util.List;
import org.starrocks4j.schema.ObjectName;

/**
 * What {@link SchemaCreation#dropAll} did.
 *
 * @param dropped    the objects dropped, in drop order (dependants first)
 * @param absent     the model's objects that did not exist
 * @param skipped    objects left alone, with the reason (a live object of another kind under the model's name)
 * @param statements the statements run
 */
public record DropAllReport(List<ObjectName> dropped, List<ObjectName> absent, List<String> skipped,
                            List<String> statements) {

    public DropAllReport {
        dropped = List.copyOf(dropped);
        absent = List.copyOf(absent);
        skipped = List.copyOf(skipped);
        statements = List.copyOf(statements);
    }

    /** A few lines for a person. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("dropped ").append(dropped.size()).append(dropped.size() == 1 ? " object" : " objects");
        dropped.forEach(n -> out.append("\n  dropped ").append(n.toSql()));
        absent.forEach(n -> out.append("\n  absent  ").append(n.toSql()));
        skipped.forEach(s -> out.append("\n  skipped ").append(s));
        return out.toString();
    }
}
