package org.starrocks4j.annotations;

import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.sql.TypeParser;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.InvalidTypeException;

/** Reads the type text of {@code @StarRocksColumn(type = "...")}, reporting a syntax error as a bad type. */
final class TypeText {

    private TypeText() {
    }

    /**
     * The type {@code text} names, as in DDL ({@link TypeParser#parse}); {@link InvalidTypeException} quoting the
     * text and saying what is wrong where, so it is reported with the field like any other bad type.
     */
    static DataType parse(String text) {
        try {
            return TypeParser.parse(text);
        } catch (SqlParseException e) {
            throw new InvalidTypeException("type \"" + text + "\": " + e.getMessage());
        }
    }
}
