package org.starrocks4j.hibernate;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.View;

/**
 * The starrocks4j schema of Hibernate's entities: each entity class read by {@link AnnotatedModelReader} (JPA and
 * StarRocks annotations, as the {@code models:} source reads them), checked against what Hibernate maps, so that
 * the tables starrocks4j creates are the tables Hibernate reads and writes.
 */
final class EntityModel {

    /** The setting that makes Hibernate's implicit table names those of the model. */
    private static final String TABLE_NAMING_FIX = "set hibernate.implicit_naming_strategy="
            + StarRocksNamingStrategy.class.getName() + " (snake_case names, as the model), or name it in both "
            + "places (@Table(name = ...) / @StarRocksTable(name = ...))";

    /**
     * Why a column can still be named apart: {@link ModelColumnNames} gives every implicitly named column the
     * model's name, so only an explicit name, or an attribute that is no field of the class, differs.
     */
    private static final String COLUMN_NAMING_FIX = "name each column in one place (@StarRocksColumn(name = ...) "
            + "or @Column(name = ...)) or give both the same name; map entity fields, not getters, and an embedded "
            + "value as one STRUCT column (a record with @Type(StarRocksType.class))";

    private EntityModel() {
    }

    /**
     * The schema of the entities: tables, then views, then materialized views, each in the entities' order.
     *
     * @throws StarRocksModelException with every problem of every entity
     */
    static Schema read(Metadata metadata) {
        List<String> problems = new ArrayList<>();
        List<SchemaObject> objects = new ArrayList<>();
        Set<Table> entityTables = new HashSet<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            entityTables.add(entity.getTable());
            entity.getJoins().stream().map(Join::getTable).forEach(entityTables::add);
            Class<?> type = entity.getMappedClass();
            if (type == null) {
                problems.add("entity " + entity.getEntityName() + " has no Java class; starrocks4j reads the StarRocks "
                        + "model from annotated entity classes");
                continue;
            }
            if (!(entity instanceof RootClass)) {
                problems.add("class " + type.getName() + ": entity inheritance is not supported on StarRocks (one "
                        + "class is one table); share fields with @MappedSuperclass instead");
                continue;
            }
            if (!entity.getJoins().isEmpty()) {
                problems.add("class " + type.getName() + ": @SecondaryTable is not supported on StarRocks (one class "
                        + "is one table); move the columns into the entity's table");
            }
            problems.addAll(generatedIds(type));
            try {
                SchemaObject object = AnnotatedModelReader.readObject(type);
                objects.add(object);
                problems.addAll(mismatches(type, entity.getTable(), object));
            } catch (InvalidModelException e) {
                problems.addAll(e.problems());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            Table table = collection.getCollectionTable();
            if (!entityTables.contains(table)) {
                problems.add("table " + table.getName() + " is the collection or join table of "
                        + collection.getRole() + "; StarRocks has no foreign keys and starrocks4j maps one class to "
                        + "one table: store the collection in an ARRAY or MAP column (@Type(StarRocksType.class)) or "
                        + "map it as an entity");
            }
        }
        if (!problems.isEmpty()) {
            throw new StarRocksModelException(problems);
        }
        objects.sort(Comparator.comparingInt(EntityModel::rank));
        return new Schema(objects);
    }

    /**
     * Ids Hibernate would have the database generate: StarRocks has no sequences (Hibernate would emulate one with
     * a table) and does not return the value of an AUTO_INCREMENT column to the client (StarRocks issue #51472), so
     * Hibernate could not read the new id back.
     */
    private static List<String> generatedIds(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
                if (generated != null && generated.strategy() != GenerationType.UUID) {
                    out.add("class " + c.getName() + ", field " + field.getName() + ": @GeneratedValue(strategy = "
                            + generated.strategy() + ") cannot work on StarRocks, which has no sequences and does "
                            + "not return AUTO_INCREMENT values to the client; assign ids in the application, or "
                            + "generate them there with @GeneratedValue(strategy = GenerationType.UUID)");
                }
            }
        }
        return out;
    }

    /** Where Hibernate's table and column names differ from the model's. */
    private static List<String> mismatches(Class<?> type, Table table, SchemaObject object) {
        List<String> out = new ArrayList<>();
        String where = "class " + type.getName();
        if (!table.getName().equals(object.name().name())) {
            out.add(where + ": Hibernate maps it to table '" + table.getName() + "' but the StarRocks model names the "
                    + object.kind() + " '" + object.name().name() + "'; " + TABLE_NAMING_FIX);
            return out;
        }
        if (!(object instanceof org.starrocks4j.schema.Table model)) {
            return out;
        }
        Set<String> modelColumns = new LinkedHashSet<>();
        model.columns().stream().map(Column::name).forEach(c -> modelColumns.add(c.toLowerCase(Locale.ROOT)));
        Set<String> mapped = new LinkedHashSet<>();
        table.getColumns().forEach(c -> mapped.add(c.getName().toLowerCase(Locale.ROOT)));
        Set<String> onlyMapped = new LinkedHashSet<>(mapped);
        onlyMapped.removeAll(modelColumns);
        Set<String> onlyModel = new LinkedHashSet<>(modelColumns);
        onlyModel.removeAll(mapped);
        List<String> differences = new ArrayList<>();
        if (!onlyMapped.isEmpty()) {
            differences.add("Hibernate maps columns " + onlyMapped + " that the StarRocks model does not declare");
        }
        if (!onlyModel.isEmpty()) {
            differences.add("the model declares columns " + onlyModel + " that Hibernate does not map");
        }
        if (!differences.isEmpty()) {
            out.add(where + ": " + String.join(", and ", differences) + "; the names must agree: "
                    + COLUMN_NAMING_FIX);
        }
        return out;
    }

    private static int rank(SchemaObject o) {
        if (o instanceof org.starrocks4j.schema.Table) {
            return 0;
        }
        return o instanceof View ? 1 : 2;
    }
}
