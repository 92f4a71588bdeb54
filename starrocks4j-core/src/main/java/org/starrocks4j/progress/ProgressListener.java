package org.starrocks4j.progress;

/**
 * Receives the steps of long work as they happen. Called on the thread doing the work (possibly several threads for
 * parallel work) and as often as each unit is done, so an implementation decides how often to show anything and keeps
 * the call cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores every step. */
    ProgressListener NONE = progress -> { };

    /** One more step of a task. */
    void progress(Progress progress);
}
