package org.starrocks4j.sql;

import java.util.Objects;
import org.starrocks4j.rules.ServerVersion;

/**
 * How DDL is rendered.
 *
 * @param serverVersion the target server; decides spellings that changed between releases (from 26.2 the untimed
 *                      asynchronous MV refresh is {@code ON_CHANGE}, before it {@code ASYNC}); unknown keeps
 *                      {@code ASYNC}, which every server before 26.2 requires
 */
public record RenderOptions(ServerVersion serverVersion) {

    public RenderOptions {
        Objects.requireNonNull(serverVersion, "serverVersion");
    }

    /** Unknown server version. */
    public static RenderOptions defaults() {
        return new RenderOptions(ServerVersion.UNKNOWN);
    }

    public static RenderOptions forServer(ServerVersion version) {
        return new RenderOptions(version);
    }
}
