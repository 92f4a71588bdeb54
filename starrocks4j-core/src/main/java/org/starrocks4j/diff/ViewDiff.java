package org.starrocks4j.diff;

import java.util.List;
import java.util.Objects;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.rules.Names;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.schema.ViewSecurity;

/**
 * Compares two versions of a view. ALTER VIEW redefines the query and column list only; a COMMENT or SECURITY
 * change becomes an explicit drop and create, flagged and explained, never a silent no-op.
 */
final class ViewDiff {

    private ViewDiff() {
    }

    /** The change turning {@code from} into {@code to}, or {@code null} when they are the same view. */
    static Change compare(View from, View to) {
        boolean definition = !SqlNormalizer.equivalent(from.definition(), to.definition());
        boolean columns = !sameColumns(from.columns(), to.columns());
        boolean comment = !Objects.equals(ColumnDiff.blankToNull(from.comment()), ColumnDiff.blankToNull(to.comment()));
        boolean security = security(from) != security(to);
        String label = "view " + from.name().toSql();
        if (comment || security) {
            String what = comment && security ? "COMMENT and SECURITY" : comment ? "COMMENT" : "SECURITY";
            return Change.builder("recreate " + label + " (" + what + " changed)", from.name())
                    .up(new ViewOperation.DropView(from.name(), true))
                    .up(new ViewOperation.CreateView(to, false, false))
                    .down(new ViewOperation.DropView(from.name(), true))
                    .down(new ViewOperation.CreateView(from, false, false))
                    .flag(ChangeFlag.RECREATE)
                    .warn(label + ": ALTER VIEW cannot change " + what + ", so the view is dropped and created "
                            + "again; queries using it fail in between, and grants on it must be given again")
                    .build();
        }
        if (definition || columns) {
            return Change.builder("alter " + label, from.name())
                    .up(new ViewOperation.AlterView(from.name(), to.columns(), to.definition()))
                    .down(new ViewOperation.AlterView(from.name(), from.columns(), from.definition()))
                    .build();
        }
        return null;
    }

    static ViewSecurity security(View v) {
        return v.security() == null ? ViewSecurity.NONE : v.security();
    }

    /**
     * Column lists compared by name and comment. An empty list means "named by the query"; the server prints the
     * list it derived, so a side without a list matches any list.
     */
    static boolean sameColumns(List<ViewColumn> a, List<ViewColumn> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Names.key(a.get(i).name()).equals(Names.key(b.get(i).name()))
                    || !Objects.equals(ColumnDiff.blankToNull(a.get(i).comment()),
                    ColumnDiff.blankToNull(b.get(i).comment()))) {
                return false;
            }
        }
        return true;
    }
}
