/**
 * Schema as annotated Java classes: {@link org.starrocks4j.annotations.StarRocksTable},
 * {@link org.starrocks4j.annotations.StarRocksColumn}, {@link org.starrocks4j.annotations.StarRocksView} and
 * {@link org.starrocks4j.annotations.StarRocksMaterializedView} declare what the Java DSL declares, and
 * {@link org.starrocks4j.annotations.AnnotatedModelReader} turns such classes into the same
 * {@link org.starrocks4j.schema.Schema} model.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Names: a table is named after its class and a column after its field, converted from camelCase to
 *       snake_case ({@code PageViewAggregates} → {@code page_view_aggregates}, {@code visitDate} →
 *       {@code visit_date}); {@code naming = Naming.AS_IS} on the class keeps names as written, and
 *       {@code name = "..."} on the class or a field overrides either.</li>
 *   <li>Columns are the class's instance fields in declaration order (superclass fields first); {@code static} and
 *       {@code transient} fields and fields annotated {@code @Transient} (JPA) are skipped.</li>
 *   <li>Optional attributes whose absence means "not stated" (comments, defaults, key, partitioning,
 *       distribution, refresh, security, aggregate) are arrays with an empty default: write them as single
 *       values, e.g. {@code comment = "daily totals"}; an empty string is then a real, empty comment.</li>
 *   <li>Standard JPA annotations ({@code jakarta.persistence} or {@code javax.persistence}: {@code @Entity},
 *       {@code @Table}, {@code @Column}, {@code @Id}, {@code @Transient}) are read too, by type name, so the same
 *       class can serve Hibernate; they are never required on the class path. StarRocks annotations win where
 *       both say something.</li>
 * </ul>
 */
package org.starrocks4j.annotations;
