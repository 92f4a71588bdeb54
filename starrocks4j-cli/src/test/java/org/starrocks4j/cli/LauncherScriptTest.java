package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code starrocks4j} shell launcher, run by {@code sh} as a user would: through symbolic links on the PATH,
 * from another folder, with the jar in each place it looks. The jar is a stand-in that runs this build's CLI classes
 * (a manifest class path pointing at them), since the real jar is only made after the tests. Skipped on Windows.
 */
class LauncherScriptTest {

    @TempDir
    Path tmp;

    private Path script;
    private Path jar;

    @BeforeEach
    void jarAndScript() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().startsWith("windows"), "a POSIX shell script");
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
        script = repositoryRoot().resolve("starrocks4j");
        jar = pathingJar(tmp.resolve("built.jar"));
    }

    @Test
    void symlinkedOntoThePathAndRunFromAnotherFolderInTheInstalledLayout() throws Exception {
        Path bin = install(tmp.resolve("opt/starrocks4j/bin"));
        Path onPath = Files.createDirectories(tmp.resolve("home/.local/bin"));
        Files.createSymbolicLink(onPath.resolve("starrocks4j"), onPath.relativize(bin.resolve("starrocks4j")));
        Path again = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(again.resolve("sr"), onPath.resolve("starrocks4j")); // a link to a link

        Run viaPath = run(Files.createDirectories(tmp.resolve("work")), onPath, "starrocks4j --version");
        assertThat(viaPath.exit()).as(viaPath.err()).isZero();
        assertThat(viaPath.out()).startsWith("starrocks4j ");
        Run viaChain = run(tmp.resolve("work"), again, "sr inspect --from sql:missing.sql");
        assertThat(viaChain.exit()).isEqualTo(2);
        assertThat(viaChain.err()).contains("missing.sql");
    }

    @Test
    void theJarNextToTheScriptOrInTheBuildTree() throws Exception {
        Path flat = Files.createDirectories(tmp.resolve("flat"));
        Files.copy(script, flat.resolve("starrocks4j"));
        Files.copy(jar, flat.resolve("starrocks4j.jar"));
        Path tree = Files.createDirectories(tmp.resolve("tree/starrocks4j-cli/target")).getParent().getParent();
        Files.copy(script, tree.resolve("starrocks4j"));
        Files.copy(jar, tree.resolve("starrocks4j-cli/target/starrocks4j.jar"));
        for (Path folder : List.of(flat, tree)) {
            executable(folder.resolve("starrocks4j"));
            Run r = run(tmp, null, folder.resolve("starrocks4j") + " --version");
            assertThat(r.exit()).as(folder + ": " + r.err()).isZero();
            assertThat(r.out()).startsWith("starrocks4j ");
        }
    }

    @Test
    void noJarSaysHowToGetOne() throws Exception {
        Path alone = Files.createDirectories(tmp.resolve("alone"));
        Files.copy(script, alone.resolve("starrocks4j"));
        executable(alone.resolve("starrocks4j"));
        Run r = run(tmp, null, alone.resolve("starrocks4j") + " --version");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("starrocks4j.jar not found").contains("./mvnw -B -q package -DskipTests")
                .contains("STARROCKS4J_JAR");
    }

    /** Copies the script to {@code bin} and the jar to {@code bin/../lib}; returns {@code bin}. */
    private Path install(Path bin) throws IOException {
        Files.createDirectories(bin);
        Files.copy(script, bin.resolve("starrocks4j"));
        executable(bin.resolve("starrocks4j"));
        Path lib = Files.createDirectories(bin.resolveSibling("lib"));
        Files.copy(jar, lib.resolve("starrocks4j.jar"));
        return bin;
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs {@code command} with {@code sh -c} in {@code cwd}, with {@code pathEntry} first on the PATH. */
    private Run run(Path cwd, Path pathEntry, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).directory(cwd.toFile());
        Map<String, String> env = pb.environment();
        env.remove("STARROCKS4J_JAR");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        if (pathEntry != null) {
            env.put("PATH", pathEntry + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        }
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The folder holding the launcher and {@code mvnw}, above the module's working folder. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("starrocks4j")) && Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("no starrocks4j launcher above " + Path.of("").toAbsolutePath());
    }

    /** A jar whose manifest runs the CLI from this build's class folders and dependency jars. */
    private static Path pathingJar(Path file) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (String type : List.of("org.starrocks4j.cli.StarRocks4jCommand", "picocli.CommandLine",
                "org.starrocks4j.migrate.StarRocks4j", "org.starrocks4j.jdbc.StarRocksUrl",
                "org.starrocks4j.schema.Schema", "org.slf4j.LoggerFactory", "org.slf4j.simple.SimpleLogger")) {
            try {
                String uri = Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation()
                        .toURI()).toUri().toString();
                if (!entries.contains(uri)) {
                    entries.add(uri);
                }
            } catch (ClassNotFoundException notOnThisClassPath) {
                // the binding is optional: without it SLF4J only warns
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StarRocks4jCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, entries.stream().collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        assertThat(Files.size(file)).isPositive();
        return file;
    }
}
