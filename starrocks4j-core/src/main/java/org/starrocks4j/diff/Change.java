package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.schema.ObjectName;

/**
 * One unit of a migration found by {@link SchemaDiff}: the statements that make it, the statements that undo it,
 * and what a reviewer must know.
 *
 * @param description e.g. {@code add columns `c`, drop column `d` of table `db`.`t`}
 * @param target      the object it changes
 * @param upgrade     statements applying the change, in order
 * @param downgrade   statements undoing it, in order (run after undoing every later change); they undo all of it
 *                    unless {@code notUndone} says what they leave out
 * @param flags       destructive, recreate, rebuild, asynchronous job, irreversible
 * @param warnings    what the change does only partly or what to check (e.g. "affects future partitions only")
 * @param notUndone   what the downgrade cannot undo, each naming the object, the server's rule and the way out
 *                    (e.g. a widened column: StarRocks refuses to narrow it back); empty when the downgrade undoes
 *                    the whole change (a change without downgrade statements gets a generic entry). Not empty
 *                    exactly when the change is {@link ChangeFlag#IRREVERSIBLE}.
 */
public record Change(String description, ObjectName target, List<Operation> upgrade, List<Operation> downgrade,
                     Set<ChangeFlag> flags, List<String> warnings, List<String> notUndone) {

    public Change {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(target, "target");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
        if (downgrade.isEmpty() && notUndone.isEmpty()) {
            notUndone = List.of(description + ": no statement undoes this change; write the downgrade by hand");
        }
        notUndone = List.copyOf(notUndone);
        EnumSet<ChangeFlag> all = flags.isEmpty() ? EnumSet.noneOf(ChangeFlag.class) : EnumSet.copyOf(flags);
        if (notUndone.isEmpty()) {
            all.remove(ChangeFlag.IRREVERSIBLE);
        } else {
            all.add(ChangeFlag.IRREVERSIBLE);
        }
        flags = Set.copyOf(all);
        if (upgrade.isEmpty()) {
            throw new IllegalArgumentException("change '" + description + "' has no statement");
        }
    }

    /** True when applying it loses data or definitions; callers may require confirmation. */
    public boolean destructive() {
        return flags.contains(ChangeFlag.DESTRUCTIVE);
    }

    /** True when the object is dropped and created again. */
    public boolean recreates() {
        return flags.contains(ChangeFlag.RECREATE);
    }

    /** True when a table is rebuilt by copy-and-swap. */
    public boolean rebuilds() {
        return flags.contains(ChangeFlag.REBUILD);
    }

    /** True when the downgrade cannot undo all of it ({@link #notUndone} says what and why). */
    public boolean irreversible() {
        return !notUndone.isEmpty();
    }

    static Builder builder(String description, ObjectName target) {
        return new Builder(description, target);
    }

    /** Collects a change's parts. */
    static final class Builder {
        private final String description;
        private final ObjectName target;
        private final List<Operation> upgrade = new ArrayList<>();
        private final List<Operation> downgrade = new ArrayList<>();
        private final Set<ChangeFlag> flags = EnumSet.noneOf(ChangeFlag.class);
        private final List<String> warnings = new ArrayList<>();
        private final List<String> notUndone = new ArrayList<>();

        private Builder(String description, ObjectName target) {
            this.description = description;
            this.target = target;
        }

        Builder up(Operation op) {
            upgrade.add(op);
            if (op.destructive()) {
                flags.add(ChangeFlag.DESTRUCTIVE);
            }
            return this;
        }

        Builder down(Operation op) {
            downgrade.add(op);
            return this;
        }

        Builder flag(ChangeFlag flag) {
            flags.add(flag);
            return this;
        }

        Builder warn(String warning) {
            warnings.add(warning);
            return this;
        }

        Builder warnAll(List<String> values) {
            warnings.addAll(values);
            return this;
        }

        /** What the downgrade cannot undo: the object, the server's rule and the way out. */
        Builder notUndone(String why) {
            notUndone.add(why);
            return this;
        }

        Builder notUndoneAll(List<String> values) {
            notUndone.addAll(values);
            return this;
        }

        Change build() {
            return new Change(description, target, upgrade, downgrade, flags, warnings, notUndone);
        }
    }
}
