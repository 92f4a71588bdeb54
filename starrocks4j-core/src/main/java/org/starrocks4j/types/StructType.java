package org.starrocks4j.types;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlText;

/** {@code STRUCT<name type [COMMENT 'c'], ...>}; field order is significant. */
public record StructType(List<Field> fields) implements DataType {

    /** One named field of a struct. The comment is optional. */
    public record Field(String name, DataType type, String comment) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            if (name.isEmpty()) {
                throw new InvalidTypeException("STRUCT field names must not be empty");
            }
        }

        public Field(String name, DataType type) {
            this(name, type, null);
        }
    }

    public StructType {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new InvalidTypeException("STRUCT needs at least one field");
        }
        Set<String> seen = new HashSet<>();
        for (Field f : fields) {
            if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidTypeException("STRUCT has the field '" + f.name() + "' twice; field names must be unique");
            }
        }
    }

    @Override
    public String toSql() {
        return fields.stream()
                .map(f -> SqlText.identifier(f.name()) + " " + f.type().toSql()
                        + (f.comment() == null ? "" : " COMMENT " + SqlText.literal(f.comment())))
                .collect(Collectors.joining(", ", "STRUCT<", ">"));
    }

    @Override
    public boolean isComplex() {
        return true;
    }
}
