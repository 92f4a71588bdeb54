package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of tables, views and materialized views, in declaration order: what every schema source produces and
 * what the diff compares. Object names are unique within a schema.
 */
public record Schema(List<SchemaObject> objects) {

    public Schema {
        objects = List.copyOf(objects);
        Set<String> seen = new HashSet<>();
        for (SchemaObject o : objects) {
            if (!seen.add(o.name().toString())) {
                throw new InvalidModelException("the schema declares '" + o.name() + "' twice; names of tables, "
                        + "views and materialized views must be unique in a database");
            }
        }
    }

    public static Schema empty() {
        return new Schema(List.of());
    }

    public static Schema of(SchemaObject... objects) {
        return new Schema(List.of(objects));
    }

    public List<Table> tables() {
        return objects.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public List<View> views() {
        return objects.stream().filter(View.class::isInstance).map(View.class::cast).toList();
    }

    public List<MaterializedView> materializedViews() {
        return objects.stream().filter(MaterializedView.class::isInstance).map(MaterializedView.class::cast).toList();
    }

    /** The object with that name. */
    public Optional<SchemaObject> find(ObjectName name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The object with that unqualified name. */
    public Optional<SchemaObject> find(String name) {
        return objects.stream().filter(o -> o.name().name().equals(name)).findFirst();
    }

    /** This schema followed by {@code other}'s objects. */
    public Schema plus(Schema other) {
        List<SchemaObject> all = new ArrayList<>(objects);
        all.addAll(other.objects);
        return new Schema(all);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects objects into a {@link Schema}. */
    public static final class Builder {
        private final List<SchemaObject> objects = new ArrayList<>();

        public Builder add(SchemaObject object) {
            objects.add(object);
            return this;
        }

        public Builder addAll(List<? extends SchemaObject> values) {
            objects.addAll(values);
            return this;
        }

        public Schema build() {
            return new Schema(objects);
        }
    }
}
