package org.starrocks4j.migrate;

import java.util.regex.Pattern;

/**
 * Masks secrets in SQL text before it is logged or shown in an error: {@code IDENTIFIED BY '...'} and
 * properties whose key names a password, secret or key (e.g. {@code "aws.s3.secret_key" = "..."}).
 */
public final class SqlRedaction {

    private static final Pattern IDENTIFIED_BY =
            Pattern.compile("(?i)(IDENTIFIED\\s+(?:WITH\\s+\\S+\\s+)?(?:BY|AS)\\s+(?:PASSWORD\\s+)?)('(?:[^'\\\\]|\\\\.)*')");
    private static final Pattern SECRET_PROPERTY = Pattern.compile(
            "(?i)([\"']([^\"']*(?:password|passwd|secret|access_key|private_key|token|credential)[^\"']*)[\"']"
                    + "\\s*=\\s*)([\"'])((?:[^\"'\\\\]|\\\\.)*)\\3");

    private SqlRedaction() {
    }

    public static String redact(String sql) {
        String out = IDENTIFIED_BY.matcher(sql).replaceAll("$1'***'");
        return SECRET_PROPERTY.matcher(out).replaceAll("$1$3***$3");
    }
}
