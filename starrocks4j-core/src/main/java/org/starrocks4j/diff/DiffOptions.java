package org.starrocks4j.diff;

import java.util.Objects;

/**
 * How {@link SchemaDiff} compares and what it may generate. Start from {@link #defaults()} and refine:
 * {@code DiffOptions.defaults().withServer(ServerProfile.of("3.5.2", RunMode.SHARED_DATA)).allowRebuild()}.
 *
 * @param server                  the target server (defaults of PROPERTIES depend on its version and run mode)
 * @param rebuildAllowed          for changes StarRocks cannot ALTER, generate a rebuild plan (new table, copy rows,
 *                                swap, drop the old one) instead of failing
 * @param resetsUnmanagedProperties reset properties the target leaves unset but the source has at a non-default
 *                                value back to the server default (otherwise: a warning only)
 * @param downgradeRebuildAllowed for changes StarRocks runs but cannot undo by ALTER (a widened column it refuses to
 *                                narrow back), give the table's changes a downgrade that rebuilds the table as it
 *                                was, instead of a downgrade that says what it leaves out
 *                                ({@link Change#notUndone()})
 */
public record DiffOptions(ServerProfile server, boolean rebuildAllowed, boolean resetsUnmanagedProperties,
                          boolean downgradeRebuildAllowed) {

    public DiffOptions {
        Objects.requireNonNull(server, "server profile");
    }

    /** Unknown server version, shared-nothing, no rebuilds, no implicit property resets. */
    public static DiffOptions defaults() {
        return new DiffOptions(ServerProfile.DEFAULT, false, false, false);
    }

    public DiffOptions withServer(ServerProfile value) {
        return new DiffOptions(value, rebuildAllowed, resetsUnmanagedProperties, downgradeRebuildAllowed);
    }

    /**
     * These options, but rebuild tables whose change StarRocks cannot ALTER instead of failing, and rebuild them in
     * the downgrade where StarRocks cannot undo a change by ALTER.
     */
    public DiffOptions allowRebuild() {
        return allowRebuild(true, true);
    }

    /**
     * These options with rebuilds allowed for the upgrade (changes StarRocks cannot ALTER) and for the downgrade
     * (changes StarRocks cannot undo by ALTER) as given.
     */
    public DiffOptions allowRebuild(boolean upgrade, boolean downgrade) {
        return new DiffOptions(server, upgrade, resetsUnmanagedProperties, downgrade);
    }

    /** These options, but reset unmanaged non-default properties to the server default instead of only warning. */
    public DiffOptions resetUnmanagedProperties() {
        return new DiffOptions(server, rebuildAllowed, true, downgradeRebuildAllowed);
    }
}
