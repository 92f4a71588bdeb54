package org.starrocks4j.hibernate;

import java.util.List;
import org.hibernate.HibernateException;

/**
 * The entity classes do not make a StarRocks model: every problem is listed, each naming the class (and field),
 * the rule and the fix, as the {@code models:} schema source reports them. Thrown while Hibernate starts, before
 * anything is created.
 */
public final class StarRocksModelException extends HibernateException {

    private final List<String> problems;

    /** The failure for {@code problems}, one line each in the message. */
    public StarRocksModelException(List<String> problems) {
        super("the entity classes do not make a valid StarRocks model (nothing was created):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each naming the class (and field), the rule and the fix. */
    public List<String> problems() {
        return problems;
    }
}
