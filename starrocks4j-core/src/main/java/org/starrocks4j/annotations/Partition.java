package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pre-created partition. Give one form:
 * <ul>
 *   <li>{@code @Partition(name = "p1", lessThan = "100")} — {@code VALUES LESS THAN ("100")};</li>
 *   <li>{@code @Partition(name = "pmax", maxValue = true)} — {@code VALUES LESS THAN MAXVALUE};</li>
 *   <li>{@code @Partition(name = "p1", from = "2024-01-01", to = "2024-02-01")} — {@code VALUES [(from), (to))};
 *       {@code to = "MAXVALUE"} is the bare {@code MAXVALUE} bound;</li>
 *   <li>{@code @Partition(start = "2024-01-01", end = "2025-01-01", every = "INTERVAL 1 MONTH")} — a batch;</li>
 *   <li>{@code @Partition(name = "p_cn", in = {"Beijing", "Shanghai"})} — {@code VALUES IN (...)} for one key,
 *       or {@code tuples = {@Values({"Beijing", "1"})}} for several keys.</li>
 * </ul>
 * Bound values are written unquoted; the renderer quotes them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Partition {
    /** The partition name (every form but a batch). */
    String name() default "";

    /** {@code VALUES LESS THAN (values)}. */
    String[] lessThan() default {};

    /** {@code VALUES LESS THAN MAXVALUE}. */
    boolean maxValue() default false;

    /** Lower bound of a fixed range {@code [from, to)}. */
    String[] from() default {};

    /** Upper bound of a fixed range {@code [from, to)}. */
    String[] to() default {};

    /** START of a batch. */
    String start() default "";

    /** END of a batch. */
    String end() default "";

    /** EVERY of a batch, verbatim: {@code INTERVAL 1 MONTH} or a number. */
    String every() default "";

    /** {@code VALUES IN (v1, v2, ...)} of a LIST partition with one key. */
    String[] in() default {};

    /** {@code VALUES IN ((a, b), ...)} of a LIST partition with several keys. */
    Values[] tuples() default {};

    /** The partition's own PROPERTIES. */
    Property[] properties() default {};
}
