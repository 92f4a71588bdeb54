package org.starrocks4j.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json} of the commands that report the migration state. */
final class FormatOption {

    /** Output formats as written on the command line. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (default) or json (one JSON object, for scripts).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
