package org.starrocks4j.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * The server a schema lives on: its version (decides spellings and defaults that changed between releases) and
 * its run mode (decides default PROPERTIES).
 *
 * @param version the server version ({@link ServerVersion#UNKNOWN} when not known)
 * @param runMode shared-nothing or shared-data
 */
public record ServerProfile(ServerVersion version, RunMode runMode) {

    /** Unknown version, shared-nothing: the assumptions when nothing is known about the server. */
    public static final ServerProfile DEFAULT = new ServerProfile(ServerVersion.UNKNOWN, RunMode.SHARED_NOTHING);

    public ServerProfile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(runMode, "run mode");
    }

    /** A profile for the version as {@code SELECT CURRENT_VERSION()} prints it ({@code null}: unknown). */
    public static ServerProfile of(String version, RunMode runMode) {
        return new ServerProfile(ServerVersion.parse(version), runMode);
    }

    /** True when the version is known and at least {@code major.minor}; unknown versions (branch builds) are not. */
    public boolean atLeast(int major, int minor) {
        return version.atLeast(major, minor);
    }

    public boolean sharedData() {
        return runMode == RunMode.SHARED_DATA;
    }

    @Override
    public String toString() {
        return version + ", " + runMode.name().toLowerCase(Locale.ROOT);
    }
}
