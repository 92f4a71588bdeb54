package org.starrocks4j.operation;

/**
 * A statement that cannot be applied to the schema it is replayed on, because the server would refuse it in that
 * state (ALTER of a table that does not exist, ADD of a column that is already there, ...). The message names the
 * statement, the object, the rule and what to do.
 */
public final class ReplayException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Operation operation;
    private final int index;
    private final String problem;

    ReplayException(String problem, Operation operation, int index) {
        super("statement " + index + " (" + Statements.describe(operation) + "): " + problem);
        this.operation = operation;
        this.index = index;
        this.problem = problem;
    }

    /**
     * The message without the statement's number: what the statement meets and why it cannot apply, for callers
     * that say which statement it is in their own terms (a line of a file, a statement of a revision).
     */
    public String withoutIndex() {
        return "statement (" + Statements.describe(operation) + "): " + problem;
    }

    /** Why the statement cannot apply, and what to do. */
    public String problem() {
        return problem;
    }

    /** The statement that failed. */
    public Operation operation() {
        return operation;
    }

    /** Its position in the replayed sequence, counting from 1. */
    public int index() {
        return index;
    }
}
