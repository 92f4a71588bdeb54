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

    ReplayException(String message, Operation operation, int index) {
        super(message);
        this.operation = operation;
        this.index = index;
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
