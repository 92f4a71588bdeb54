package org.starrocks4j.sql;

import org.starrocks4j.lexical.SqlParseException;

/**
 * Valid StarRocks SQL that the toolkit's model cannot hold (for example {@code CREATE TABLE ... AS
 * SELECT}, a statement that is not DDL). It is reported by name rather than dropped, so nothing a file says is lost
 * without notice. {@link #construct()} names what was found; {@link DdlParser} lists what stays unsupported and why.
 */
public class UnsupportedSqlException extends SqlParseException {

    private final String construct;

    public UnsupportedSqlException(String construct, int line, int column, String snippet, String advice) {
        super(construct + " is valid StarRocks SQL but not supported by starrocks4j" + (advice == null ? "" : "; " + advice),
                line, column, null, snippet);
        this.construct = construct;
    }

    /** The unsupported construct, e.g. {@code CREATE TABLE ... AS SELECT}. */
    public String construct() {
        return construct;
    }
}
