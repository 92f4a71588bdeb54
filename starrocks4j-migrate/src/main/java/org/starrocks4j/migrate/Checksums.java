package org.starrocks4j.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checksums of revision statements. They cover the statements only, with whitespace collapsed and comments
 * removed, so reformatting a file or adding review comments does not count as an edit, while any change to what
 * would be executed does.
 */
public final class Checksums {

    private Checksums() {
    }

    /** SHA-256 (hex) of the statements in order. */
    public static String of(List<String> statements) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (String statement : statements) {
            digest.update(SqlStatements.collapseWhitespace(statement).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The checksum of the first {@code count} statements: what a partly applied revision has executed. */
    public static String ofFirst(List<String> statements, int count) {
        return of(statements.subList(0, Math.min(count, statements.size())));
    }
}
