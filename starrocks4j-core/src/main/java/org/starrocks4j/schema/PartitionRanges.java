package org.starrocks4j.schema;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Pre-created RANGE partitions as the server holds them. A {@code VALUES LESS THAN (v)} partition starts at the upper
 * bound of the partition created before it whose upper bound is the greatest below {@code v} (StarRocks' {@code
 * RangePartitionInfo}: the last existing range ending below the new upper bound), or at the key type's minimum when
 * there is none. The range is fixed when the partition is created: dropping the partition it started from later does
 * not move it, which is why the server holds, and SHOW CREATE TABLE prints, every RANGE partition as a fixed range
 * ({@link #serverForm}), in the order of the ranges, whichever way the statements that made them wrote them.
 *
 * <p>Bound values are compared as the server compares them: whole numbers numerically, dates and datetimes in time
 * order ({@code 2024-01-01} = {@code 2024-01-01 00:00:00}), {@code MAXVALUE} above everything. Values that are none of
 * these cannot be ordered; the previous partition in the list is then taken, as written.
 */
public final class PartitionRanges {

    private PartitionRanges() {
    }

    /**
     * True when some partitions are written {@code VALUES LESS THAN} and others another way (fixed ranges,
     * START/END/EVERY): one CREATE TABLE cannot write them so ("You can only use one of these methods to create
     * partitions"), though the server holds all of them as fixed ranges.
     */
    public static boolean mixesLessThan(List<PartitionDefinition> partitions) {
        return partitions.stream().anyMatch(PartitionDefinition.LessThan.class::isInstance)
                && partitions.stream().anyMatch(p -> !(p instanceof PartitionDefinition.LessThan));
    }

    /**
     * The partitions of a RANGE partitioning of {@code table} as the server holds and prints them, in the order of
     * their ranges: every partition a fixed range {@code [lower, upper)}, bound values spelled for the key types
     * ({@link PartitionKeyType#spell}) and given for every key (the server fills the keys a bound leaves out with
     * their minimum). {@code VALUES LESS THAN} becomes a range from the upper bound of the partition it follows
     * ({@link #predecessor}), the type's minimum for the first; {@code LESS THAN MAXVALUE} a range up to
     * {@code (MAXVALUE)}; {@code START ... END ... EVERY} the partitions the server creates for it. Partitions whose
     * bounds do not fit the keys are kept as written. Empty when a key's type is unknown ({@link PartitionKeyType#of}),
     * so that neither the minimum nor the spelling is known.
     */
    public static Optional<List<PartitionDefinition>> serverForm(Partitioning.Range range, Table table) {
        List<PartitionKeyType> types = new ArrayList<>();
        for (PartitionExpression key : range.keys()) {
            Optional<PartitionKeyType> type = PartitionKeyType.of(key, table);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            types.add(type.get());
        }
        Comparator<List<String>> order = tupleOrder(types);
        List<PartitionDefinition> out = new ArrayList<>();
        TreeSet<List<String>> ends = new TreeSet<>(order); // where the partitions made so far end on the server
        for (PartitionDefinition written : range.partitions()) {
            PartitionDefinition p = spelled(written, types);
            if (p instanceof PartitionDefinition.LessThan lt && (lt.maxValue() || lt.values().size() == types.size())) {
                List<String> upper = lt.maxValue() ? types.stream().map(t -> PartitionDefinition.MAXVALUE).toList()
                        : lt.values();
                List<String> below = ends.lower(upper); // the greatest upper bound below it, as predecessor() finds
                List<String> lower = below != null ? below : types.stream().map(PartitionKeyType::minimum).toList();
                out.add(new PartitionDefinition.Fixed(lt.name(), lower, upper, lt.properties()));
                ends.add(upper);
            } else if (p instanceof PartitionDefinition.Batch b && types.size() == 1) {
                List<PartitionDefinition> expanded = PartitionBatches.expand(b, types.get(0));
                out.addAll(expanded);
                ends.add(expanded.get(expanded.size() - 1) instanceof PartitionDefinition.Fixed last ? last.upper()
                        : List.of(types.get(0).spell(b.end())));
            } else {
                out.add(p);
                ends.add(upperBound(p));
            }
        }
        if (out.stream().allMatch(PartitionDefinition.Fixed.class::isInstance)) {
            out.sort(Comparator.comparing(p -> ((PartitionDefinition.Fixed) p).lower(), order));
        }
        return Optional.of(out);
    }

    /** A LESS THAN or fixed range with its bounds spelled for the key types, and given for every key. */
    private static PartitionDefinition spelled(PartitionDefinition p, List<PartitionKeyType> types) {
        if (p instanceof PartitionDefinition.LessThan lt && !lt.maxValue() && lt.values().size() <= types.size()) {
            return new PartitionDefinition.LessThan(lt.name(), everyKey(lt.values(), types), lt.properties());
        }
        if (p instanceof PartitionDefinition.Fixed f && f.lower().size() <= types.size()) {
            return new PartitionDefinition.Fixed(f.name(), everyKey(f.lower(), types), everyKey(f.upper(), types),
                    f.properties());
        }
        return p;
    }

    /** A bound spelled for the key types, and the minimum of each key it leaves out (PartitionKey, on the server). */
    private static List<String> everyKey(List<String> values, List<PartitionKeyType> types) {
        List<String> out = new ArrayList<>(PartitionKeyType.spell(values, types));
        for (int i = values.size(); i < types.size(); i++) {
            out.add(types.get(i).minimum());
        }
        return out;
    }

    /**
     * The order of bound tuples spelled for their key types: MAXVALUE above everything, then dates as spelled (one
     * width), numbers by value. A total order even over values the types cannot read, which keep their place.
     */
    private static Comparator<List<String>> tupleOrder(List<PartitionKeyType> types) {
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Boolean.compare(isMax(a.get(i)), isMax(b.get(i)));
                if (c == 0) {
                    c = i < types.size() && !types.get(i).isTime() ? number(a.get(i)).compareTo(number(b.get(i)))
                            : a.get(i).compareTo(b.get(i));
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    private static BigInteger number(String value) {
        BigInteger n = integer(value);
        return n != null ? n : BigInteger.ZERO;
    }

    /**
     * The index of the partition whose upper bound is where partition {@code index} of a RANGE partitioning starts,
     * among the partitions before it; {@code -1} when it starts at the key type's minimum.
     */
    public static int predecessor(List<PartitionDefinition> partitions, int index) {
        List<String> upper = upperBound(partitions.get(index));
        int best = -1;
        for (int j = 0; j < index; j++) {
            List<String> candidate = upperBound(partitions.get(j));
            Optional<Integer> belowUpper = compare(candidate, upper);
            Optional<Integer> aboveBest = best < 0 ? Optional.of(1) : compare(candidate, upperBound(partitions.get(best)));
            if (belowUpper.isEmpty() || aboveBest.isEmpty()) {
                return index - 1; // bounds the server would order but this class cannot read: as written
            }
            if (belowUpper.get() < 0 && aboveBest.get() > 0) {
                best = j;
            }
        }
        return best;
    }

    /** The upper bound of a range partition: its LESS THAN values, its fixed upper bound, or a batch's END. */
    public static List<String> upperBound(PartitionDefinition p) {
        if (p instanceof PartitionDefinition.LessThan lt) {
            return lt.maxValue() ? List.of(PartitionDefinition.MAXVALUE) : lt.values();
        }
        if (p instanceof PartitionDefinition.Fixed f) {
            return f.upper();
        }
        if (p instanceof PartitionDefinition.Batch b) {
            return List.of(b.end());
        }
        throw new IllegalArgumentException("partition '" + p.name() + "' is a LIST partition; it has no range");
    }

    /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}; empty when not comparable. */
    static Optional<Integer> compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Optional<Integer> c = compare(a.get(i), b.get(i));
            if (c.isEmpty() || c.get() != 0) {
                return c;
            }
        }
        boolean aMax = a.size() == 1 && isMax(a.get(0));
        boolean bMax = b.size() == 1 && isMax(b.get(0));
        return Optional.of(aMax == bMax ? Integer.compare(a.size(), b.size()) : aMax ? 1 : -1);
    }

    private static Optional<Integer> compare(String a, String b) {
        if (isMax(a) || isMax(b)) {
            return Optional.of(isMax(a) == isMax(b) ? 0 : isMax(a) ? 1 : -1);
        }
        BigInteger x = integer(a);
        BigInteger y = integer(b);
        if (x != null && y != null) {
            return Optional.of(x.compareTo(y));
        }
        LocalDateTime s = PartitionKeyType.time(a);
        LocalDateTime t = PartitionKeyType.time(b);
        return s != null && t != null ? Optional.of(s.compareTo(t)) : Optional.empty();
    }

    private static boolean isMax(String v) {
        return PartitionDefinition.MAXVALUE.equalsIgnoreCase(v.strip());
    }

    /** The whole number, or {@code null}; checked before parsing: most bounds are dates, and exceptions cost. */
    private static BigInteger integer(String v) {
        String s = v.strip();
        int digits = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (digits == s.length()) {
            return null;
        }
        for (int i = digits; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    }
}
