package org.starrocks4j.migrate;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param written  the files written, in order
 * @param removed  files an earlier export wrote that the revisions no longer make, removed (with overwrite only)
 * @param warnings what the user must know to run the export with the other tool (e.g. where it must wait for a
 *                 schema-change job)
 */
public record ExportResult(List<Path> written, List<Path> removed, List<String> warnings) {

    public ExportResult {
        written = List.copyOf(written);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }
}
