package org.starrocks4j.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A StarRocks server version as {@code SELECT CURRENT_VERSION()} prints it: {@code 3.5.17}, {@code 4.1.1-ee},
 * {@code 26.2.1-rc01}, or a branch build such as {@code main-d4df1c9}, whose number is unknown.
 * Versions order by number; an unknown version orders before every known one.
 *
 * @param raw   the text as given
 * @param major major number, or -1 when unknown
 * @param minor minor number, or -1 when unknown
 * @param patch patch number (0 when not printed), or -1 when unknown
 */
public record ServerVersion(String raw, int major, int minor, int patch) implements Comparable<ServerVersion> {

    private static final Pattern LEADING = Pattern.compile("^\\s*v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** A version nothing is known about. */
    public static final ServerVersion UNKNOWN = new ServerVersion("", -1, -1, -1);

    /** Parses the server's version text; text without a leading {@code major.minor} gives an unknown version. */
    public static ServerVersion parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            return new ServerVersion(text.trim(), -1, -1, -1);
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ServerVersion(text.trim(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    /**
     * Parses a version a user gave (an option, a setting): unlike {@link #parse}, text without a leading
     * {@code major.minor} is refused rather than read as an unknown version.
     *
     * @throws IllegalArgumentException naming the forms accepted
     */
    public static ServerVersion require(String text) {
        ServerVersion version = parse(text);
        if (version.isUnknown()) {
            throw new IllegalArgumentException("'" + text + "' is not a StarRocks version; give MAJOR.MINOR[.PATCH], "
                    + "optionally with a suffix, as SELECT current_version() prints it: e.g. 3.5, 3.5.2 or 4.1.1-ee");
        }
        return version;
    }

    /** The version {@code major.minor.patch}. */
    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(major + "." + minor + "." + patch, major, minor, patch);
    }

    public boolean isUnknown() {
        return major < 0;
    }

    /** True when the version is known and at least {@code major.minor}. */
    public boolean atLeast(int wantMajor, int wantMinor) {
        return !isUnknown() && (major > wantMajor || (major == wantMajor && minor >= wantMinor));
    }

    /** The part after the number, e.g. {@code ee} or {@code rc01}, if any. */
    public Optional<String> qualifier() {
        Matcher m = LEADING.matcher(raw);
        if (isUnknown() || !m.find()) {
            return Optional.empty();
        }
        String rest = raw.substring(m.end()).replaceFirst("^[-_.]", "").toLowerCase(Locale.ROOT);
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    @Override
    public int compareTo(ServerVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return isUnknown() ? (raw.isEmpty() ? "unknown" : raw + " (unknown version)") : raw;
    }
}
