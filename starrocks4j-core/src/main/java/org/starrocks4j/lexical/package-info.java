/**
 * SQL as text, below the model: the lexer ({@link org.starrocks4j.lexical.SqlLexer}, {@link
 * org.starrocks4j.lexical.SqlToken}), quoting of identifiers and literals ({@link org.starrocks4j.lexical.SqlText}),
 * expressions kept as written ({@link org.starrocks4j.lexical.VerbatimSql}) and compared in a normal form ({@link
 * org.starrocks4j.lexical.SqlNormalizer}), and the error that points at a line and column ({@link
 * org.starrocks4j.lexical.SqlParseException}).
 *
 * <p>It depends on nothing else of starrocks4j, so the types and the schema model can quote names and check
 * expressions without reaching up into the parser and renderer of {@code org.starrocks4j.sql}.
 */
package org.starrocks4j.lexical;
