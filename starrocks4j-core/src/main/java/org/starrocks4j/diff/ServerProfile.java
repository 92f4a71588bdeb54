package org.starrocks4j.diff;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a schema lives on: its version (decides spellings and defaults that changed between releases) and
 * its run mode (decides default PROPERTIES).
 *
 * @param version the version as {@code SELECT CURRENT_VERSION()} prints it (e.g. {@code 3.5.17}, {@code 4.1.1-ee},
 *                {@code 26.2.1-rc01}), or {@code null} when unknown
 * @param runMode shared-nothing or shared-data
 */
public record ServerProfile(String version, RunMode runMode) {

    private static final Pattern LEADING_VERSION = Pattern.compile("^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Unknown version, shared-nothing: the assumptions when nothing is known about the server. */
    public static final ServerProfile DEFAULT = new ServerProfile(null, RunMode.SHARED_NOTHING);

    public ServerProfile {
        Objects.requireNonNull(runMode, "run mode");
        version = version == null || version.isBlank() ? null : version.trim();
    }

    public static ServerProfile of(String version, RunMode runMode) {
        return new ServerProfile(version, runMode);
    }

    /** True when the version is known and at least {@code major.minor}; unknown versions (branch builds) are not. */
    public boolean atLeast(int major, int minor) {
        if (version == null) {
            return false;
        }
        Matcher m = LEADING_VERSION.matcher(version);
        if (!m.find()) {
            return false;
        }
        int ma = Integer.parseInt(m.group(1));
        int mi = Integer.parseInt(m.group(2));
        return ma > major || (ma == major && mi >= minor);
    }

    public boolean sharedData() {
        return runMode == RunMode.SHARED_DATA;
    }

    @Override
    public String toString() {
        return (version == null ? "unknown version" : version) + ", " + runMode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
