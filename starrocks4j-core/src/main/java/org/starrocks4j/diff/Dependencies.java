package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.View;

/**
 * Which views and materialized views read which objects, found by scanning their queries for the names of the
 * other objects; and orders objects so that every object comes after the objects it reads.
 */
final class Dependencies {

    private static final Pattern IDENTIFIER = Pattern.compile("`((?:[^`]|``)+)`|([A-Za-z_][A-Za-z0-9_$]*)");

    private Dependencies() {
    }

    /** {@code objects} ordered so that each comes after everything it reads (declaration order otherwise). */
    static <T extends SchemaObject> List<T> dependencyOrder(List<T> objects) {
        Map<String, T> byName = new LinkedHashMap<>();
        objects.forEach(o -> byName.put(o.name().name().toLowerCase(Locale.ROOT), o));
        List<T> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (T o : objects) {
            visit(o, byName, out, done, visiting);
        }
        return out;
    }

    private static <T extends SchemaObject> void visit(T o, Map<String, T> byName, List<T> out, Set<String> done,
                                                       Set<String> visiting) {
        String key = o.name().name().toLowerCase(Locale.ROOT);
        if (done.contains(key) || !visiting.add(key)) {
            return; // already placed, or a cycle (a server would refuse it; keep declaration order)
        }
        for (String ref : references(o)) {
            T dep = byName.get(ref);
            if (dep != null && dep != o) {
                visit(dep, byName, out, done, visiting);
            }
        }
        visiting.remove(key);
        done.add(key);
        out.add(o);
    }

    /** Lower-cased identifiers in the object's query: a superset of the names it reads. */
    static Set<String> references(SchemaObject o) {
        String sql = o instanceof View v ? v.definition() : o instanceof MaterializedView m ? m.definition() : null;
        Set<String> out = new LinkedHashSet<>();
        if (sql == null) {
            return out;
        }
        Matcher m = IDENTIFIER.matcher(stripLiterals(sql));
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1).replace("``", "`") : m.group(2);
            out.add(id.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String stripLiterals(String sql) {
        return sql.replaceAll("'(?:[^'\\\\]|\\\\.|'')*'|\"(?:[^\"\\\\]|\\\\.|\"\")*\"", "''");
    }
}
