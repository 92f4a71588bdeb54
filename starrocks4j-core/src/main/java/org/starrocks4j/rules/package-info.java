/**
 * What a StarRocks server accepts, as one set of rules: which ALTER it runs on a table in a given state (column
 * changes in {@link org.starrocks4j.rules.ServerRules}, distribution and properties in
 * {@link org.starrocks4j.rules.TableChangeRules}), for the server described by a
 * {@link org.starrocks4j.rules.ServerProfile}, and how it reads what a definition leaves unsaid (implicit key and
 * distribution, effective column types, nullability and defaults).
 *
 * <p>Both sides of the pipeline consult these rules: the diff ({@code org.starrocks4j.diff}), so that the statements
 * it writes run, and the replay of DDL ({@code org.starrocks4j.operation.SchemaReplay}: SQL files, migration
 * histories), so that a hand-written statement the server would refuse fails when it is read, not half-way through
 * an upgrade. That is why they sit below both: they depend only on the model ({@code schema}, {@code types}) and on
 * SQL text ({@code lexical}: the lexer, expression normal forms). Server versions ({@link
 * org.starrocks4j.rules.ServerVersion}) live here, since which rules apply depends on them.
 */
package org.starrocks4j.rules;
