package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.NameFilter;
import org.starrocks4j.jdbc.SchemaReflector;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;

/**
 * The objects of a live database that carry the names of a schema's objects: what {@code createAll} skips,
 * {@code dropAll} drops, and Hibernate's {@code validate} and {@code update} compare with. Only those objects are
 * read (one {@code SHOW CREATE} each), in the object's database or, for unqualified names, the connection's
 * current database.
 *
 * @param byName   the live object for each model name that exists
 * @param warnings what the reflection left out or found odd
 */
public record LiveObjects(Map<ObjectName, SchemaObject> byName, List<String> warnings) {

    public LiveObjects {
        byName = Map.copyOf(byName);
        warnings = List.copyOf(warnings);
    }

    /** The live object with the model object's name. */
    public Optional<SchemaObject> find(SchemaObject model) {
        return Optional.ofNullable(byName.get(model.name()));
    }

    /** The live versions of the models' objects, in the models' order. */
    public Schema matching(Schema models) {
        List<SchemaObject> out = new ArrayList<>();
        for (SchemaObject o : models.objects()) {
            find(o).ifPresent(out::add);
        }
        return new Schema(out);
    }

    /** Reads the live objects named like the objects of {@code models}. */
    public static LiveObjects read(ConnectionSource source, Schema models, Consumer<String> progress)
            throws SQLException, InterruptedException {
        String current;
        try (Connection c = source.open()) {
            current = DatabaseConnector.currentDatabase(c);
        }
        Map<String, List<SchemaObject>> byDatabase = new LinkedHashMap<>();
        for (SchemaObject o : models.objects()) {
            String database = o.name().database() == null ? current : o.name().database();
            byDatabase.computeIfAbsent(database, d -> new ArrayList<>()).add(o);
        }
        Map<ObjectName, SchemaObject> found = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, List<SchemaObject>> e : byDatabase.entrySet()) {
            if (e.getKey() == null) {
                throw new StarRocks4jException(ErrorCode.CONFIGURATION, "the connection has no current database, and "
                        + e.getValue().get(0).name().toSql() + " names none; put the database in the URL "
                        + "(jdbc:starrocks://HOST:9030/DATABASE) or in the model");
            }
            List<String> names = e.getValue().stream().map(o -> o.name().name()).toList();
            SchemaReflector.Reflection reflection = SchemaReflector.builder(source)
                    .database(e.getKey())
                    .filter(filter(names))
                    // what is absent is simply created (or not dropped): an empty database is no cause for alarm
                    .warnWhenEmpty(false)
                    .progress(progress)
                    .build()
                    .read();
            warnings.addAll(reflection.warnings());
            for (SchemaObject model : e.getValue()) {
                reflection.schema().find(model.name().name()).ifPresent(live -> found.put(model.name(), live));
            }
        }
        return new LiveObjects(found, warnings);
    }

    /** The exact names, when they can be written as a filter; else everything (matched by name afterwards). */
    private static NameFilter filter(List<String> names) {
        boolean plain = names.stream().noneMatch(n -> n.matches(".*[*?,!].*") || !n.equals(n.strip()));
        return plain ? NameFilter.parse(String.join(",", names)) : NameFilter.all();
    }
}
