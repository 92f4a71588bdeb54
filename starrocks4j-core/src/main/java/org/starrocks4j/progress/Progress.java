package org.starrocks4j.progress;

import java.util.Objects;

/**
 * One step of a long task: {@code done} of {@code total} units, e.g. reading {@code schema.sql}, line 52,000 of
 * 130,000, or waiting for the schema change of {@code orders}, poll 14.
 *
 * @param task  what is being done, e.g. {@code reading schema.sql}; the same text for every step of one task
 * @param unit  what is counted, singular, e.g. {@code line}, {@code file}, {@code object}, {@code revision}
 * @param done  how many units are done
 * @param total how many there are, or {@code -1} when that is not known in advance
 */
public record Progress(String task, String unit, long done, long total) {

    public Progress {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(unit, "unit");
    }

    /** True when the total is known. */
    public boolean hasTotal() {
        return total >= 0;
    }

    /** The step in words: {@code reading schema.sql: line 52000 of 130000}. */
    @Override
    public String toString() {
        return task + ": " + unit + " " + done + (hasTotal() ? " of " + total : "");
    }
}
