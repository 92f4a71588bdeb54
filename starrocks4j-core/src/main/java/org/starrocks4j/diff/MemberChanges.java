package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.starrocks4j.rules.Names;

/**
 * The named members of a table (rollups, synchronous materialized views) that change between two versions, matched
 * by name: those to drop (gone, or changed) and those to add (new, or changed: members are not altered but dropped
 * and added again).
 *
 * @param dropped the members of the old version to drop, in its order
 * @param added   the members of the new version to add, in its order
 */
record MemberChanges<T>(List<T> dropped, List<T> added) {

    static <T> MemberChanges<T> of(List<T> had, List<T> wanted, Function<T, String> name, BiPredicate<T, T> same) {
        Map<String, T> wantedByName = new LinkedHashMap<>();
        wanted.forEach(m -> wantedByName.put(Names.key(name.apply(m)), m));
        Map<String, T> hadByName = new LinkedHashMap<>();
        had.forEach(m -> hadByName.put(Names.key(name.apply(m)), m));
        List<T> dropped = new ArrayList<>();
        List<T> added = new ArrayList<>();
        for (T m : had) {
            T w = wantedByName.get(Names.key(name.apply(m)));
            if (w == null || !same.test(m, w)) {
                dropped.add(m);
            }
        }
        for (T w : wanted) {
            T m = hadByName.get(Names.key(name.apply(w)));
            if (m == null || !same.test(m, w)) {
                added.add(w);
            }
        }
        return new MemberChanges<>(dropped, added);
    }
}
