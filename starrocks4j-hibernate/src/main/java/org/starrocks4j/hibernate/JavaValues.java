package org.starrocks4j.hibernate;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.starrocks4j.jdbc.StructValue;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.StructType;

/**
 * Between the values starrocks4j-jdbc decodes (List, Map, {@link StructValue}, scalars) and an attribute's Java
 * type as the model reads it ({@code List<T>}, {@code Map<K, V>}, {@code T[]}, a record for a STRUCT): STRUCT
 * fields are a record's components in order, as {@code TypeInference} derives the STRUCT type from the record.
 */
final class JavaValues {

    private JavaValues() {
    }

    /** The decoded value as an instance of {@code target} (a field's generic type). */
    static Object toJava(Object decoded, Type target) {
        if (decoded == null) {
            return null;
        }
        if (target instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) && decoded instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(item -> out.add(toJava(item, args[0])));
                return out;
            }
            if (Map.class.isAssignableFrom(raw) && decoded instanceof Map<?, ?> map) {
                Map<Object, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(toJava(k, args[0]), toJava(v, args[1])));
                return out;
            }
        }
        if (target instanceof Class<?> c) {
            if (c.isArray() && decoded instanceof List<?> list) {
                Object out = Array.newInstance(c.getComponentType(), list.size());
                for (int i = 0; i < list.size(); i++) {
                    Array.set(out, i, toJava(list.get(i), c.getComponentType()));
                }
                return out;
            }
            if (c.isRecord() && decoded instanceof StructValue struct) {
                return record(c, struct);
            }
        }
        return decoded;
    }

    private static Object record(Class<?> type, StructValue struct) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = toJava(struct.get(i), components[i].getGenericType());
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create record " + type.getName() + " from STRUCT value " + struct,
                    e);
        }
    }

    /** {@code value} in the shapes {@code ValueEncoder} writes for {@code type}: records become field maps. */
    static Object toEncodable(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        if (type instanceof StructType struct && value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < components.length && i < struct.fields().size(); i++) {
                StructType.Field field = struct.fields().get(i);
                fields.put(field.name(), toEncodable(component(value, components[i]), field.type()));
            }
            return fields;
        }
        if (type instanceof ArrayType array) {
            List<Object> out = new ArrayList<>();
            Iterator<?> items = value instanceof Iterable<?> it ? it.iterator() : arrayItems(value);
            items.forEachRemaining(item -> out.add(toEncodable(item, array.element())));
            return out;
        }
        if (type instanceof MapType map && value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(toEncodable(k, map.key()), toEncodable(v, map.value())));
            return out;
        }
        return value;
    }

    private static Iterator<?> arrayItems(Object value) {
        if (!value.getClass().isArray()) {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as an ARRAY; use a "
                    + "List or an array");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            out.add(Array.get(value, i));
        }
        return out.iterator();
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
