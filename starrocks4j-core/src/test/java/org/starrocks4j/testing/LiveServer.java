package org.starrocks4j.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the live suites (tests against a real StarRocks) run, for {@code @ExtendWith(LiveServer.class)}: when
 * {@value #URL_VARIABLE} is set (environment or system property), or the {@code live} Maven profile asks for a
 * server started through Testcontainers ({@code -Dstarrocks4j.live=true}). Otherwise the tests are skipped, and the
 * reason is printed once per test run of a module (a build would else only count the skipped tests).
 */
public final class LiveServer implements ExecutionCondition {

    /** Where the live suites find a running server, e.g. {@code jdbc:starrocks://root@127.0.0.1:9030/test}. */
    public static final String URL_VARIABLE = "STARROCKS_URL";

    /** What the {@code live} profile sets to start a server through Testcontainers. */
    public static final String CONTAINER_PROPERTY = "starrocks4j.live";

    private static final String NOT_CONFIGURED = "live StarRocks tests of " + module() + " skipped: set "
            + URL_VARIABLE + " (e.g. jdbc:starrocks://root@127.0.0.1:9030/test) to run them against a server, or run "
            + "'./mvnw -B verify -Plive -pl starrocks4j-jdbc -am' on a machine with Docker to start one";

    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    /** The configured server's URL, if any. */
    public static Optional<String> url() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** True when a server is configured or one may be started through Testcontainers. */
    public static boolean requested() {
        return url().isPresent() || Boolean.getBoolean(CONTAINER_PROPERTY);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return requested() ? ConditionEvaluationResult.enabled("a live StarRocks is configured")
                : ConditionEvaluationResult.disabled(say(NOT_CONFIGURED));
    }

    /** Skips the calling test for {@code reason} (e.g. no Docker after all), saying so once per test run. */
    public static void skip(String reason) {
        Assumptions.abort(say(reason));
    }

    /** The module under test: the test JVM runs in its folder. */
    private static String module() {
        Path folder = Path.of("").toAbsolutePath().getFileName();
        return folder == null ? "this module" : folder.toString();
    }

    /** Prints {@code reason} the first time it is given in this test run; returns it. */
    private static String say(String reason) {
        if (SAID.add(reason)) {
            System.out.println("[starrocks4j] " + reason);
        }
        return reason;
    }
}
