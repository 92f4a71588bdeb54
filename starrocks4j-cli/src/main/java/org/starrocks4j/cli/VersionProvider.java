package org.starrocks4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/starrocks4j-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"starrocks4j " + p.getProperty("version", "unknown")};
    }
}
