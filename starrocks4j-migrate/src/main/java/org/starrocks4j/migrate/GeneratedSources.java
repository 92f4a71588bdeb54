package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.codegen.GeneratedSource;

/** Writes generated Java sources under a source root, all or nothing. */
public final class GeneratedSources {

    private GeneratedSources() {
    }

    /**
     * Writes each source to {@code root/<package path>/<class>.java}. Unless {@code overwrite}, a file that exists
     * with other content stops the run before anything is written.
     *
     * @return the files written
     */
    public static List<Path> write(List<GeneratedSource> sources, Path root, boolean overwrite) throws IOException {
        if (!overwrite) {
            for (GeneratedSource source : sources) {
                Path file = root.resolve(source.relativePath());
                if (Files.exists(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(source.source())) {
                    throw new StarRocks4jException(ErrorCode.CONFIGURATION, file + " exists with other content; move "
                            + "it away or allow overwriting (command line: --overwrite). Nothing was written");
                }
            }
        }
        List<Path> written = new ArrayList<>();
        for (GeneratedSource source : sources) {
            Path file = root.resolve(source.relativePath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.source(), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
