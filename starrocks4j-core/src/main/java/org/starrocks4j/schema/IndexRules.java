package org.starrocks4j.schema;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.types.Types;

/** Rules on secondary indexes, as the server's IndexAnalyzer checks them. */
final class IndexRules {

    private static final int MAX_NAME_LENGTH = 64;
    private static final List<String> GIN_PARSERS = List.of("none", "standard", "english", "chinese");

    private IndexRules() {
    }

    static void check(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        Set<String> names = new HashSet<>();
        Set<String> bloomColumns = new HashSet<>(bloomFilterColumns(table));
        KeyType keyType = table.key() == null ? KeyType.DUPLICATE : table.key().type();
        for (Index index : table.indexes()) {
            String idx = t + ", index '" + index.name() + "'";
            if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
                problems.add(idx + " is declared twice; give each index its own name");
            }
            alone(index, idx, problems);
            TableRules.requireColumns(table, index.columns(), "index " + index.name(), problems);
            for (String name : index.columns()) {
                table.column(name).ifPresent(c -> column(table, keyType, index, c, idx, problems));
            }
            if (index.type() == IndexType.NGRAMBF) {
                for (String c : index.columns()) {
                    if (!bloomColumns.add(c.toLowerCase(Locale.ROOT))) {
                        problems.add(idx + ": column " + c + " should only have one bloom filter index or ngram "
                                + "bloom filter index; drop the other index, or take the column out of "
                                + "\"bloom_filter_columns\"");
                    }
                }
            }
        }
    }

    /** The rules an index definition breaks by itself, in CREATE TABLE or ADD INDEX (IndexAnalyzer.analyze). */
    static void alone(Index index, String idx, List<String> problems) {
        if (index.name().length() > MAX_NAME_LENGTH) {
            problems.add(idx + ": index name too long, the index name length at most is " + MAX_NAME_LENGTH
                    + "; shorten it");
        }
        if (index.columns().size() != 1) {
            problems.add(idx + ": " + index.name() + " index can only apply to a single column, not "
                    + index.columns() + "; declare one index per column");
        }
        switch (index.type()) {
            case NGRAMBF -> ngramProperties(index, idx, problems);
            case GIN -> ginProperties(index, idx, problems);
            case VECTOR -> {
                if (index.properties().keySet().stream().noneMatch(k -> k.equalsIgnoreCase("index_type"))) {
                    problems.add(idx + ": You should set index_type at least to add a vector index; give "
                            + "(\"index_type\" = \"hnsw\" or \"ivfpq\", \"dim\" = ..., \"metric_type\" = ...)");
                }
            }
            default -> { }
        }
    }

    /** What each index type requires of its column (IndexAnalyzer.checkColumn). */
    private static void column(Table table, KeyType keyType, Index index, Column c, String idx, List<String> problems) {
        boolean keyColumn = table.key() != null && TableRules.contains(table.key().columns(), c.name());
        boolean mergedValues = keyType == KeyType.AGGREGATE || keyType == KeyType.UNIQUE;
        switch (index.type()) {
            case BITMAP -> {
                if (!TypeFacts.bitmapIndexable(c.type())) {
                    problems.add(idx + ": " + c.type().toSql() + " is not supported in bitmap index. invalid column: "
                            + c.name() + "; index a column of a date, whole-number, decimal, text or BOOLEAN type");
                } else if (mergedValues && !keyColumn) {
                    problems.add(idx + ": BITMAP index only used in columns of DUP_KEYS/PRIMARY_KEYS table or key "
                            + "columns of UNIQUE_KEYS/AGG_KEYS table. invalid column: " + c.name());
                }
            }
            case GIN, NGRAMBF -> {
                if (!TypeFacts.isText(c.type())) {
                    problems.add(idx + ": " + index.type() + " indexes can only be built on CHAR/STRING/VARCHAR "
                            + "columns, and '" + c.name() + "' is " + c.type().toSql());
                } else if (index.type() == IndexType.NGRAMBF && mergedValues && !keyColumn) {
                    problems.add(idx + ": Ngram Bloom filter index only used in columns of DUP_KEYS/PRIMARY table or "
                            + "key columns of UNIQUE_KEYS/AGG_KEYS table. invalid column: " + c.name());
                }
                if (index.type() == IndexType.GIN && keyType != KeyType.DUPLICATE && keyType != KeyType.PRIMARY) {
                    problems.add(idx + ": The inverted index can only be build on DUPLICATE/PRIMARY_KEYS table, not "
                            + keyType.sql());
                }
            }
            case VECTOR -> {
                if (keyType != KeyType.DUPLICATE && keyType != KeyType.PRIMARY) {
                    problems.add(idx + ": The vector index can only build on DUPLICATE or PRIMARY table, not "
                            + keyType.sql());
                }
                if (!Types.array(Types.FLOAT).equals(c.type())) {
                    problems.add(idx + ": The vector index can only be build on column with type of array<float>, and '"
                            + c.name() + "' is " + c.type().toSql());
                }
                if (c.isNullable() && !(keyType == KeyType.PRIMARY && keyColumn)) {
                    problems.add(idx + ": The vector index can only build on non-nullable column; declare '"
                            + c.name() + "' NOT NULL");
                }
            }
        }
    }

    /** NGRAMBF options: fpp 0.0001 .. 0.05, a positive gram_num, case_sensitive true or false (IndexAnalyzer). */
    private static void ngramProperties(Index index, String idx, List<String> problems) {
        index.properties().forEach((key, value) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.equals("bloom_filter_fpp") && !PropertyRules.isFpp(value)) {
                problems.add(idx + ": Bloom filter fpp should in [0.0001, 0.05], not '" + value + "'");
            } else if (k.equals("gram_num") && !PropertyRules.isWholeNumberAtLeast(value, 1)) {
                problems.add(idx + ": Ngram Bloom filter's gram_num should be positive number, not '" + value + "'");
            } else if (k.equals("case_sensitive") && !PropertyRules.isBoolean(value)) {
                problems.add(idx + ": Ngram Bloom filter's case_sensitive should be true or false, not '" + value + "'");
            }
        });
    }

    /** GIN options: the parser is none, standard, english or chinese; the implementation is clucene. */
    private static void ginProperties(Index index, String idx, List<String> problems) {
        index.properties().forEach((key, value) -> {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.equals("parser") && !GIN_PARSERS.contains(value)) {
                problems.add(idx + ": INVERTED index parser: " + value + " is invalid; use one of " + GIN_PARSERS);
            } else if (k.equals("imp_lib") && !value.equalsIgnoreCase("clucene")) {
                problems.add(idx + ": Only support clucene implement for now, not '" + value + "'");
            }
        });
    }

    /** The columns the table's {@code bloom_filter_columns} property names, lower-case. */
    static List<String> bloomFilterColumns(Table table) {
        String value = table.properties().get(PropertyRules.BLOOM_FILTER_COLUMNS);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Indexes of a materialized view: unique names, on columns of its column list (which the grammar requires before
     * any INDEX entry), at most one bloom-filter-like index per column. Column types are not known here, so the
     * text-only rule of GIN and NGRAMBF indexes is left to the server.
     */
    static void check(MaterializedView mv, List<String> problems) {
        if (mv.indexes().isEmpty()) {
            return;
        }
        String m = "materialized view " + mv.name();
        if (mv.columns().isEmpty()) {
            problems.add(m + " has indexes but no column list; list its columns, since StarRocks writes INDEX entries "
                    + "after them: CREATE MATERIALIZED VIEW mv (c1, c2, INDEX i (c1) USING BITMAP) ...");
        }
        Set<String> names = new HashSet<>();
        Set<String> bloomColumns = new HashSet<>();
        Set<String> columns = new HashSet<>();
        mv.columns().forEach(c -> columns.add(c.name().toLowerCase(Locale.ROOT)));
        for (Index index : mv.indexes()) {
            String idx = m + ", index '" + index.name() + "'";
            if (!names.add(index.name().toLowerCase(Locale.ROOT))) {
                problems.add(idx + " is declared twice; give each index its own name");
            }
            for (String c : index.columns()) {
                if (!mv.columns().isEmpty() && !columns.contains(c.toLowerCase(Locale.ROOT))) {
                    problems.add(idx + " names column '" + c + "', which is not in the column list; index one of "
                            + mv.columns().stream().map(ViewColumn::name).toList());
                }
                if (index.type() == IndexType.NGRAMBF && !bloomColumns.add(c.toLowerCase(Locale.ROOT))) {
                    problems.add(idx + ": column " + c + " should only have one ngram bloom filter index");
                }
            }
        }
    }
}
