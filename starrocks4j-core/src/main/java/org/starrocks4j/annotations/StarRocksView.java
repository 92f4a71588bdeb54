package org.starrocks4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.starrocks4j.schema.ViewSecurity;

/**
 * Declares a class as a logical view. The column list is {@link #columns()} when given, else the class's
 * instance fields (names only; their types are not part of a view), else none.
 *
 * <pre>{@code
 * @StarRocksView(name = "my_view", definition = "SELECT id, name FROM my_table WHERE id > 50")
 * public class MyView {
 *     Integer userId;
 *     String userName;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StarRocksView {
    /** The view name; by default the class name converted by {@link #naming()}. */
    String name() default "";

    /** The database; empty for an unqualified name. */
    String database() default "";

    /** The query (SELECT or WITH ...), verbatim. */
    String definition();

    /** The column list; when empty, the class's fields (if any). */
    ViewColumn[] columns() default {};

    /** COMMENT; none when empty. */
    String[] comment() default {};

    /** SECURITY INVOKER or NONE; not stated when empty. */
    ViewSecurity[] security() default {};

    /** How names are derived from Java names where not given. */
    Naming naming() default Naming.SNAKE_CASE;
}
