package org.starrocks4j.schema;

import java.util.List;

/**
 * A model that StarRocks would reject. The message names the object, the rule and the fix; when several
 * rules are broken at once, {@link #problems()} lists them all.
 */
public class InvalidModelException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidModelException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public InvalidModelException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every broken rule, one message each. */
    public List<String> problems() {
        return problems;
    }
}
