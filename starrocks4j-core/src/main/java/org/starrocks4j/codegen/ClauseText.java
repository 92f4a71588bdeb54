package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.ViewColumn;

/** Annotation text for the clauses tables and materialized views share. */
final class ClauseText {

    private static final String PKG = "org.starrocks4j.annotations.";

    private final Imports imports;

    ClauseText(Imports imports) {
        this.imports = imports;
    }

    String annotation(String simpleName) {
        return imports.use(PKG + simpleName);
    }

    static String strings(List<String> values) {
        return AnnotationText.array(values.stream().map(JavaSyntax::literal).toList(), "");
    }

    String properties(Map<String, String> properties) {
        List<String> entries = new ArrayList<>();
        properties.forEach((k, v) -> entries.add(new AnnotationText(annotation("Property"))
                .attr("name", JavaSyntax.literal(k)).attr("value", JavaSyntax.literal(v)).render("")));
        return AnnotationText.array(entries, "");
    }

    String distribution(Distribution distribution) {
        AnnotationText a = new AnnotationText(annotation("DistributedBy"));
        if (distribution instanceof Distribution.Hash hash) {
            a.attr("hash", strings(hash.columns()));
        } else {
            a.attr("random", "true");
        }
        if (distribution.buckets() != null) {
            a.attr("buckets", Integer.toString(distribution.buckets()));
        }
        return a.render("");
    }

    String partitioning(Partitioning partitioning) {
        String partitionBy = annotation("PartitionBy");
        AnnotationText a = new AnnotationText(partitionBy);
        if (partitioning instanceof Partitioning.Range) {
            a.attr("type", partitionBy + ".Type.RANGE");
        } else if (partitioning instanceof Partitioning.ListPartitioning) {
            a.attr("type", partitionBy + ".Type.LIST");
        }
        List<PartitionExpression> keys = partitioning.keys();
        if (keys.stream().allMatch(PartitionExpression::isColumn)) {
            a.attr("columns", strings(keys.stream().map(PartitionExpression::column).toList()));
        } else if (keys.stream().noneMatch(PartitionExpression::isColumn)) {
            a.attr("expressions", strings(keys.stream().map(PartitionExpression::sql).toList()));
        } else {
            List<String> mixed = new ArrayList<>();
            for (PartitionExpression k : keys) {
                mixed.add(new AnnotationText(annotation("PartitionKey"))
                        .attr(k.isColumn() ? "column" : "expression", JavaSyntax.literal(k.toString())).render(""));
            }
            a.attr("keys", AnnotationText.array(mixed, ""));
        }
        if (!partitioning.partitions().isEmpty()) {
            List<String> partitions = new ArrayList<>();
            for (PartitionDefinition p : partitioning.partitions()) {
                partitions.add(partition(p));
            }
            a.attr("partitions", AnnotationText.array(partitions, ""));
        }
        return a.render("");
    }

    private String partition(PartitionDefinition definition) {
        AnnotationText a = new AnnotationText(annotation("Partition"));
        Map<String, String> properties = Map.of();
        if (definition instanceof PartitionDefinition.Batch batch) {
            return a.attr("start", JavaSyntax.literal(batch.start())).attr("end", JavaSyntax.literal(batch.end()))
                    .attr("every", JavaSyntax.literal(batch.every())).render("");
        }
        a.attr("name", JavaSyntax.literal(definition.name()));
        if (definition instanceof PartitionDefinition.LessThan lessThan) {
            if (lessThan.maxValue()) {
                a.attr("maxValue", "true");
            } else {
                a.attr("lessThan", strings(lessThan.values()));
            }
            properties = lessThan.properties();
        } else if (definition instanceof PartitionDefinition.Fixed fixed) {
            a.attr("from", strings(fixed.lower())).attr("to", strings(fixed.upper()));
            properties = fixed.properties();
        } else if (definition instanceof PartitionDefinition.In in) {
            if (in.values().stream().allMatch(t -> t.size() == 1)) {
                a.attr("in", strings(in.values().stream().map(t -> t.get(0)).toList()));
            } else {
                List<String> tuples = new ArrayList<>();
                for (List<String> tuple : in.values()) {
                    tuples.add("@" + annotation("Values") + "(" + strings(tuple) + ")");
                }
                a.attr("tuples", AnnotationText.array(tuples, ""));
            }
            properties = in.properties();
        }
        if (!properties.isEmpty()) {
            a.attr("properties", properties(properties));
        }
        return a.render("");
    }

    String refresh(Refresh refresh) {
        String name = annotation("Refresh");
        AnnotationText a = new AnnotationText(name).attr("kind", name + ".Kind." + refresh.kind().name());
        if (refresh.moment() != null) {
            a.attr("moment", name + ".Moment." + refresh.moment().name());
        }
        if (refresh.start() != null) {
            a.attr("start", JavaSyntax.literal(refresh.start()));
        }
        if (refresh.every() != null) {
            a.attr("every", JavaSyntax.literal(refresh.every().amount() + " " + refresh.every().unit()));
        }
        return a.render("");
    }

    String viewColumns(List<ViewColumn> columns) {
        List<String> out = new ArrayList<>();
        for (ViewColumn c : columns) {
            AnnotationText a = new AnnotationText(annotation("ViewColumn")).attr("name", JavaSyntax.literal(c.name()));
            if (c.comment() != null) {
                a.attr("comment", JavaSyntax.literal(c.comment()));
            }
            out.add(a.render(""));
        }
        return AnnotationText.array(out, "");
    }
}
