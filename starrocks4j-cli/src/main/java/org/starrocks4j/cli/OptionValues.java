package org.starrocks4j.cli;

import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of option values when the command line is read, so a value that would be ignored or fail late (a version
 * nobody can parse, a run mode, a number out of range) is refused at once with the forms accepted.
 */
final class OptionValues {

    /** Most connections a live read opens at once (as {@code SchemaReflector} allows). */
    static final int MAX_PARALLEL = 16;

    private OptionValues() {
    }

    /** A text option that is kept as given once {@link #check} accepted it. */
    private abstract static class Checked implements ITypeConverter<String> {
        /** Throws an {@link IllegalArgumentException} naming the forms accepted when {@code value} is not one. */
        abstract void check(String value);

        @Override
        public String convert(String value) {
            try {
                check(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --server-version}: MAJOR.MINOR[.PATCH][-suffix]. */
    static final class Version extends Checked {
        @Override
        void check(String value) {
            ServerVersion.require(value);
        }
    }

    /** {@code --run-mode}: shared_nothing or shared_data. */
    static final class Mode extends Checked {
        @Override
        void check(String value) {
            RunMode.parse(value);
        }
    }

    /** {@code --parallel}: 1 to {@value #MAX_PARALLEL} connections. */
    static final class Parallel implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number; give 1 to " + MAX_PARALLEL
                        + " connections");
            }
            if (n < 1 || n > MAX_PARALLEL) {
                throw new TypeConversionException(n + " is out of range; give 1 to " + MAX_PARALLEL + " connections");
            }
            return n;
        }
    }
}
