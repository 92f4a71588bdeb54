/**
 * The StarRocks Python client's README examples as annotated Java classes: the ORM example
 * ({@link org.starrocks4j.examples.annotated.PageViewAggregates}) and the models example
 * ({@link org.starrocks4j.examples.annotated.MyTable}, {@link org.starrocks4j.examples.annotated.MyView},
 * {@link org.starrocks4j.examples.annotated.MyMv}). Read them with the {@code models:} source:
 * {@code --classpath examples/target/classes --from models:org.starrocks4j.examples.annotated}.
 */
package org.starrocks4j.examples.annotated;
