package org.starrocks4j.migrate;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/** Revision ids: generated as 12 random hex digits; chosen ids may use letters, digits, {@code _} and {@code -}. */
public final class RevisionIds {

    /** Words that name positions in the graph, so they cannot be revision ids. */
    public static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionIds() {
    }

    /** A fresh random id such as {@code 3f2a9c1d7e4b}. */
    public static String generate() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Fails with a message naming the rule when {@code id} cannot be a revision id. */
    public static String requireValid(String id) {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid revision id '" + id + "': use 1 to 64 letters, digits, "
                    + "'_' or '-', starting with a letter or digit");
        }
        if (RESERVED.contains(id.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("invalid revision id '" + id + "': " + RESERVED
                    + " name positions in the revision graph");
        }
        if (id.matches("[+-]?\\d+") && !id.matches("\\d{6,}")) {
            // "+2" or "-1" are relative targets; short numbers would be confused with them.
            throw new IllegalArgumentException("invalid revision id '" + id + "': short numbers look like relative "
                    + "targets (+n/-n); use at least 6 digits or add a letter");
        }
        return id;
    }
}
