package org.starrocks4j.migrate;

import java.util.List;

/**
 * The SQL of an upgrade or a downgrade, produced without connecting ({@link StarRocks4j#sql}).
 *
 * @param direction              upgrade or downgrade
 * @param from                   the state the script assumes the database is at
 * @param to                     the target
 * @param plan                   the revisions it runs, in order
 * @param text                   the script, with the version table's bookkeeping (running it by hand leaves the
 *                               database as {@code upgrade} would)
 * @param textWithoutBookkeeping the script without the version table's statements
 */
public record SqlScript(Direction direction, String from, String to, List<MigrationStep> plan, String text,
                        String textWithoutBookkeeping) {

    public SqlScript {
        plan = List.copyOf(plan);
    }
}
