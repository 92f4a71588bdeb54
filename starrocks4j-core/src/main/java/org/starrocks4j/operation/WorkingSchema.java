package org.starrocks4j.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;

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

    SchemaObject get(int slot) {
        return Objects.requireNonNull(slots.get(slot), "slot " + slot + " is empty");
    }

    void add(SchemaObject object) {
        int slot = slots.size();
        slots.add(object);
        index(object.name(), slot);
    }

    /** Puts {@code object} in the slot, in place of what it held; the slot's name follows the object's. */
    void set(int slot, SchemaObject object) {
        ObjectName had = get(slot).name();
        slots.set(slot, object);
        if (!had.equals(object.name())) {
            unindex(had, slot);
            index(object.name(), slot);
        }
    }

    void remove(int slot) {
        unindex(get(slot).name(), slot);
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

    private void unindex(ObjectName name, int slot) {
        slotByName.remove(name);
        List<Integer> named = slotsByUnqualifiedName.get(name.name());
        named.remove(Integer.valueOf(slot));
        if (named.isEmpty()) {
            slotsByUnqualifiedName.remove(name.name());
        }
    }
}
