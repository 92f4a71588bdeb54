package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;

/**
 * The objects of a schema while statements are replayed on it: found by name in constant time, changed in place,
 * kept in declaration order, and turned into an immutable {@link Schema} once at the end. A replay of n statements on
 * a schema of m objects costs O(n + m) instead of the O(n * m) of copying the schema after every statement.
 *
 * <p>Objects sit in numbered slots, in the order they were created; a rename or a swap changes what a slot holds,
 * not where it is, so the object keeps its place as it does on the server. A dropped object leaves an empty slot.
 */
final class WorkingSchema {

    /** The objects in creation order; {@code null} where an object was dropped. */
    private final List<SchemaObject> slots = new ArrayList<>();
    private final Map<ObjectName, Integer> slotByName = new HashMap<>();
    /** The slots of the objects with each unqualified name, lowest first: names given without a database find them. */
    private final Map<String, List<Integer>> slotsByUnqualifiedName = new HashMap<>();
    /**
     * The slots of the tables with a rollup or synchronous materialized view of each name: the server finds a
     * synchronous materialized view by its name alone ({@code DROP MATERIALIZED VIEW mv}), and keeps such names
     * unique in a database.
     */
    private final Map<String, List<Integer>> slotsByIndexName = new HashMap<>();

    WorkingSchema(Schema start) {
        start.objects().forEach(this::add);
    }

    /** The slot of the object with exactly this name, or -1. */
    int slotOf(ObjectName name) {
        Integer slot = slotByName.get(name);
        return slot == null ? -1 : slot;
    }

    /** The slots of the objects whose unqualified name is {@code name}, in creation order. */
    List<Integer> slotsNamed(String name) {
        return slotsByUnqualifiedName.getOrDefault(name, List.of());
    }

    /** The slots of the tables with a rollup or synchronous materialized view named {@code name} (any case). */
    List<Integer> tablesWithIndex(String name) {
        return slotsByIndexName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    SchemaObject get(int slot) {
        return Objects.requireNonNull(slots.get(slot), "slot " + slot + " is empty");
    }

    void add(SchemaObject object) {
        int slot = slots.size();
        slots.add(object);
        index(object.name(), slot);
        indexNames(object, slot, true);
    }

    /** Puts {@code object} in the slot, in place of what it held; the slot's name follows the object's. */
    void set(int slot, SchemaObject object) {
        SchemaObject was = get(slot);
        ObjectName had = was.name();
        slots.set(slot, object);
        if (!had.equals(object.name())) {
            unindex(had, slot);
            index(object.name(), slot);
        }
        indexNames(was, slot, false);
        indexNames(object, slot, true);
    }

    void remove(int slot) {
        unindex(get(slot).name(), slot);
        indexNames(get(slot), slot, false);
        slots.set(slot, null);
    }

    /** The objects as an immutable schema, in creation order. */
    Schema toSchema() {
        List<SchemaObject> objects = new ArrayList<>(slotByName.size());
        for (SchemaObject object : slots) {
            if (object != null) {
                objects.add(object);
            }
        }
        return new Schema(objects);
    }

    private void index(ObjectName name, int slot) {
        slotByName.put(name, slot);
        List<Integer> named = slotsByUnqualifiedName.computeIfAbsent(name.name(), n -> new ArrayList<>(1));
        int at = 0;
        while (at < named.size() && named.get(at) < slot) {
            at++;
        }
        named.add(at, slot);
    }

    /** Adds or removes the slot of a table under the names of its rollups and synchronous materialized views. */
    private void indexNames(SchemaObject object, int slot, boolean add) {
        if (!(object instanceof Table t)) {
            return;
        }
        List<String> names = new ArrayList<>();
        t.rollups().forEach(r -> names.add(r.name()));
        t.syncMaterializedViews().forEach(v -> names.add(v.name()));
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            if (add) {
                slotsByIndexName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(slot);
            } else {
                List<Integer> tables = slotsByIndexName.get(key);
                tables.remove(Integer.valueOf(slot));
                if (tables.isEmpty()) {
                    slotsByIndexName.remove(key);
                }
            }
        }
    }

    private void unindex(ObjectName name, int slot) {
        slotByName.remove(name);
        List<Integer> named = slotsByUnqualifiedName.get(name.name());
        named.remove(Integer.valueOf(slot));
        if (named.isEmpty()) {
            slotsByUnqualifiedName.remove(name.name());
        }
    }
}
