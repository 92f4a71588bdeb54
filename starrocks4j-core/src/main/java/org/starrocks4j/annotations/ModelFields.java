package org.starrocks4j.annotations;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The fields of a model class that are columns. */
final class ModelFields {

    private ModelFields() {
    }

    /**
     * Instance fields in declaration order, superclass fields first; {@code static}, {@code transient}, synthetic
     * and JPA {@code @Transient} fields are not columns. (The JVM returns declared fields in source order; every
     * mainstream ORM relies on the same.)
     */
    static List<Field> columnsOf(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Record.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                        || JpaAnnotations.has(f, "Transient")) {
                    continue;
                }
                fields.add(f);
            }
        }
        return fields;
    }

    /** {@code class Foo, field bar} for messages. */
    static String where(Field f) {
        return "class " + f.getDeclaringClass().getName() + ", field " + f.getName();
    }
}
