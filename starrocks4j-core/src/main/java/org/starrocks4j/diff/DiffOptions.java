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
 */
public record DiffOptions(ServerProfile server, boolean rebuildAllowed, boolean resetsUnmanagedProperties) {

    public DiffOptions {
        Objects.requireNonNull(server, "server profile");
    }

    /** Unknown server version, shared-nothing, no rebuilds, no implicit property resets. */
    public static DiffOptions defaults() {
        return new DiffOptions(ServerProfile.DEFAULT, false, false);
    }

    public DiffOptions withServer(ServerProfile value) {
        return new DiffOptions(value, rebuildAllowed, resetsUnmanagedProperties);
    }

    /** These options, but rebuild tables whose change StarRocks cannot ALTER instead of failing. */
    public DiffOptions allowRebuild() {
        return new DiffOptions(server, true, resetsUnmanagedProperties);
    }

    /** These options, but reset unmanaged non-default properties to the server default instead of only warning. */
    public DiffOptions resetUnmanagedProperties() {
        return new DiffOptions(server, rebuildAllowed, true);
    }
}
