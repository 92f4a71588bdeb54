package org.starrocks4j.migrate;

/**
 * Who holds the migration lock and since when, as recorded in the lock view.
 *
 * @param holder {@code user@host:pid} of the process that took it
 * @param since  when it was taken (UTC, ISO-8601)
 */
public record LockHolder(String holder, String since) {

    @Override
    public String toString() {
        return holder + " since " + since;
    }
}
