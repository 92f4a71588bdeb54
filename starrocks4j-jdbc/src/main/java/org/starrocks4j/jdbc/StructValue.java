package org.starrocks4j.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A decoded STRUCT value: its fields in declaration order, by name. Field values are decoded like column values
 * (so a nested STRUCT is another {@code StructValue}); a field may be {@code null}.
 *
 * @param fields field name to value, in the order of the STRUCT type
 */
public record StructValue(Map<String, Object> fields) {

    public StructValue {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of the named field (case-insensitive, as StarRocks resolves field names). */
    public Object get(String name) {
        if (fields.containsKey(name)) {
            return fields.get(name);
        }
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        throw new NoSuchElementException("the struct has no field '" + name + "'; its fields are " + fields.keySet());
    }

    /** The value of the field at {@code index} (0-based). */
    public Object get(int index) {
        if (index < 0 || index >= fields.size()) {
            throw new IndexOutOfBoundsException("field " + index + " of a struct with " + fields.size() + " fields");
        }
        return new ArrayList<>(fields.values()).get(index);
    }

    /** The field names in order. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
