package org.starrocks4j.annotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.TableKey;

/** Turns the clause annotations shared by tables and materialized views into model values. */
final class Clauses {

    private static final Pattern INTERVAL = Pattern.compile("(?i)\\s*(?:INTERVAL\\s+)?(\\d+)\\s+([A-Z]+)\\s*");

    private Clauses() {
    }

    /** At most one element of an "optional" array attribute, else {@code null}. */
    static <T> T optional(T[] values, String attribute) {
        if (values.length > 1) {
            throw new InvalidModelException(attribute + " is given " + values.length + " times; give it once");
        }
        return values.length == 0 ? null : values[0];
    }

    static Map<String, String> properties(Property[] properties, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Property p : properties) {
            if (out.put(p.name(), p.value()) != null) {
                throw new InvalidModelException(where + " sets property '" + p.name() + "' twice; keep one");
            }
        }
        return out;
    }

    static TableKey key(Key key, List<String> markedColumns) {
        List<String> columns = key.columns().length > 0 ? List.of(key.columns()) : markedColumns;
        if (columns.isEmpty()) {
            throw new InvalidModelException(key.type().sql() + " names no column: list them in @Key(columns = ...) "
                    + "or mark the key fields with @StarRocksColumn(key = true) or @Id");
        }
        return new TableKey(key.type(), columns);
    }

    static Distribution distribution(DistributedBy d) {
        Integer buckets = d.buckets() == 0 ? null : d.buckets();
        if (d.random() == (d.hash().length > 0)) {
            throw new InvalidModelException("@DistributedBy needs either hash = {columns} or random = true, "
                    + "not both or neither");
        }
        return d.random() ? new Distribution.Random(buckets) : new Distribution.Hash(List.of(d.hash()), buckets);
    }

    static Partitioning partitioning(PartitionBy p) {
        List<PartitionExpression> keys = keys(p);
        List<PartitionDefinition> partitions = new ArrayList<>();
        for (Partition def : p.partitions()) {
            partitions.add(partition(def));
        }
        switch (p.type()) {
            case RANGE:
                return new Partitioning.Range(keys, partitions);
            case LIST:
                return new Partitioning.ListPartitioning(keys, partitions);
            default:
                if (!partitions.isEmpty()) {
                    throw new InvalidModelException("expression partitioning creates partitions as data arrives; "
                            + "remove partitions = {...} or use type = RANGE or LIST");
                }
                return new Partitioning.Expression(keys);
        }
    }

    private static List<PartitionExpression> keys(PartitionBy p) {
        int forms = (p.columns().length > 0 ? 1 : 0) + (p.expressions().length > 0 ? 1 : 0)
                + (p.keys().length > 0 ? 1 : 0);
        if (forms != 1) {
            throw new InvalidModelException("@PartitionBy needs its keys in exactly one of columns, expressions or "
                    + "keys (found " + forms + ")");
        }
        if (p.columns().length > 0) {
            return Arrays.stream(p.columns()).map(PartitionExpression::column).toList();
        }
        if (p.expressions().length > 0) {
            return Arrays.stream(p.expressions()).map(PartitionExpression::expression).toList();
        }
        List<PartitionExpression> keys = new ArrayList<>();
        for (PartitionKey k : p.keys()) {
            if (k.column().isEmpty() == k.expression().isEmpty()) {
                throw new InvalidModelException("@PartitionKey needs either column or expression, not both or "
                        + "neither");
            }
            keys.add(k.column().isEmpty() ? PartitionExpression.expression(k.expression())
                    : PartitionExpression.column(k.column()));
        }
        return keys;
    }

    private static PartitionDefinition partition(Partition p) {
        boolean lessThan = p.lessThan().length > 0 || p.maxValue();
        boolean fixed = p.from().length > 0 || p.to().length > 0;
        boolean batch = !p.start().isEmpty() || !p.end().isEmpty() || !p.every().isEmpty();
        boolean in = p.in().length > 0 || p.tuples().length > 0;
        int forms = (lessThan ? 1 : 0) + (fixed ? 1 : 0) + (batch ? 1 : 0) + (in ? 1 : 0);
        String label = p.name().isEmpty() ? "@Partition" : "partition '" + p.name() + "'";
        if (forms != 1) {
            throw new InvalidModelException(label + " needs exactly one form: lessThan / maxValue, from + to, "
                    + "start + end + every, or in / tuples");
        }
        Map<String, String> properties = properties(p.properties(), label);
        if (batch) {
            if (!p.name().isEmpty() || !properties.isEmpty()) {
                throw new InvalidModelException("a START/END/EVERY batch of partitions has no name and no "
                        + "properties; remove them from the @Partition");
            }
            if (p.start().isEmpty() || p.end().isEmpty() || p.every().isEmpty()) {
                throw new InvalidModelException("a batch of partitions needs start, end and every");
            }
            return new PartitionDefinition.Batch(p.start(), p.end(), p.every());
        }
        if (p.name().isEmpty()) {
            throw new InvalidModelException("@Partition needs a name (only START/END/EVERY batches have none)");
        }
        if (lessThan) {
            if (p.maxValue() && p.lessThan().length > 0) {
                throw new InvalidModelException(label + ": give lessThan values or maxValue = true, not both");
            }
            return new PartitionDefinition.LessThan(p.name(), List.of(p.lessThan()), properties);
        }
        if (fixed) {
            return new PartitionDefinition.Fixed(p.name(), List.of(p.from()), List.of(p.to()), properties);
        }
        if (p.in().length > 0 && p.tuples().length > 0) {
            throw new InvalidModelException(label + ": give in (one key) or tuples (several keys), not both");
        }
        List<List<String>> values = p.in().length > 0
                ? Arrays.stream(p.in()).map(List::of).toList()
                : Arrays.stream(p.tuples()).map(t -> List.of(t.value())).toList();
        return new PartitionDefinition.In(p.name(), values, properties);
    }

    static org.starrocks4j.schema.Refresh refresh(Refresh r) {
        org.starrocks4j.schema.Refresh.Moment moment = r.moment() == Refresh.Moment.UNSTATED ? null
                : org.starrocks4j.schema.Refresh.Moment.valueOf(r.moment().name());
        org.starrocks4j.schema.Refresh.Interval every = null;
        if (!r.every().isEmpty()) {
            Matcher m = INTERVAL.matcher(r.every());
            if (!m.matches()) {
                throw new InvalidModelException("@Refresh(every = \"" + r.every() + "\") is not an interval; write "
                        + "e.g. \"1 DAY\" or \"INTERVAL 10 MINUTE\"");
            }
            every = new org.starrocks4j.schema.Refresh.Interval(Long.parseLong(m.group(1)),
                    m.group(2).toUpperCase(Locale.ROOT));
        }
        return new org.starrocks4j.schema.Refresh(moment,
                org.starrocks4j.schema.Refresh.Kind.valueOf(r.kind().name()),
                r.start().isEmpty() ? null : r.start(), every);
    }

    static List<org.starrocks4j.schema.ViewColumn> viewColumns(ViewColumn[] columns) {
        List<org.starrocks4j.schema.ViewColumn> out = new ArrayList<>();
        for (ViewColumn c : columns) {
            out.add(new org.starrocks4j.schema.ViewColumn(c.name(), optional(c.comment(), "comment of view column '"
                    + c.name() + "'")));
        }
        return out;
    }

    static org.starrocks4j.schema.Rollup rollup(Rollup r) {
        return new org.starrocks4j.schema.Rollup(r.name(), List.of(r.columns()), List.of(r.duplicateKey()),
                properties(r.properties(), "rollup '" + r.name() + "'"));
    }

    static org.starrocks4j.schema.SyncMaterializedView syncView(SyncMaterializedView v) {
        return new org.starrocks4j.schema.SyncMaterializedView(v.name(), v.definition(),
                properties(v.properties(), "synchronous materialized view '" + v.name() + "'"));
    }

    static org.starrocks4j.schema.Index index(Index i) {
        return new org.starrocks4j.schema.Index(i.name(), List.of(i.columns()), i.type(),
                properties(i.properties(), "index '" + i.name() + "'"),
                optional(i.comment(), "comment of index '" + i.name() + "'"));
    }
}
