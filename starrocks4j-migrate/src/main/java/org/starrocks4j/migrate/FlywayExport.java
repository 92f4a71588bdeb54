package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes revisions as Flyway SQL migrations: {@code V<n>__<slug>.sql} with the upgrade statements and
 * {@code U<n>__<slug>.sql} (Flyway undo migrations) with the downgrade statements, numbered in the graph's
 * order (parents first). Flyway's history is linear, so branches are flattened in that order. A revision whose
 * downgrade cannot undo all of it ({@link Revision#notUndone()}) gets no undo migration, so that Flyway refuses to
 * undo it, as starrocks4j does; its versioned migrations say why.
 *
 * <p>Flyway runs one migration after the other without waiting for StarRocks' schema-change jobs, and StarRocks
 * refuses to change a table while a job runs on it. A statement that changes a table on which an earlier statement
 * started a job begins a version of its own ({@link ExportPlan}), so a revision may become several versions,
 * {@code V<n>_1__}, {@code V<n>_2__}, ... (Flyway versions n.1, n.2): a version refused for that reason is then
 * simply run again once the job finished. Each statement that starts a job is followed by a note saying what to wait
 * for, each version that must wait says so in its first lines, and the {@linkplain #warnings warnings} name them.
 *
 * <p>The folder belongs to the export: files it wrote before start with {@value #HEADER}; without overwrite, a file
 * that would change or be left over stops the export before anything is written; with it, the files are replaced and
 * those the revisions no longer make are removed. Other files are never touched, and one with the version of a file
 * to write stops the export (Flyway would refuse two migrations of one version).
 */
public final class FlywayExport {

    /** The first line of every file the export writes starts with this. */
    static final String HEADER = "-- starrocks4j revision ";

    /** A versioned or undo migration's name: prefix, version, description. */
    private static final Pattern MIGRATION = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private FlywayExport() {
    }

    /**
     * Writes the files into {@code out} (created if needed); returns them, the stale files removed and the warnings.
     *
     * @param overwrite replace files an earlier export wrote, and remove those the revisions no longer make
     * @throws MigrationException before writing anything, when a file would be replaced or left over without
     *                            {@code overwrite}, or another file holds a version to write
     */
    public static ExportResult write(RevisionGraph graph, Path out, boolean overwrite) throws IOException {
        Map<String, String> files = files(graph);
        List<Path> stale = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> existing = Files.list(out)) {
                for (Path file : existing.sorted().toList()) {
                    String name = file.getFileName().toString();
                    String wanted = files.get(name);
                    boolean exported = exported(file);
                    if (wanted != null && exported && !Files.readString(file, StandardCharsets.UTF_8).equals(wanted)) {
                        changed.add(name);
                    } else if (wanted == null && exported) {
                        stale.add(file);
                    } else if (!exported) {
                        refuseSameVersion(file, files.keySet());
                    }
                }
            }
        }
        if (!overwrite && (!changed.isEmpty() || !stale.isEmpty())) {
            throw new MigrationException(ErrorCode.CONFIGURATION, out + " holds an earlier export: "
                    + (changed.isEmpty() ? "" : changed.size() + " file(s) would change (" + String.join(", ", changed)
                    + ")" + (stale.isEmpty() ? "" : "; ")) + (stale.isEmpty() ? "" : stale.size() + " file(s) the "
                    + "revisions no longer make would be left over (" + names(stale) + ")") + ". Give --overwrite "
                    + "to replace and remove them (files starrocks4j did not write are never touched), or export "
                    + "into another folder; nothing was written");
        }
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(path);
        }
        for (Path file : stale) {
            Files.delete(file);
        }
        return new ExportResult(written, stale, warnings(graph));
    }

    /** The files of the export, name to content, in order. */
    static Map<String, String> files(RevisionGraph graph) {
        Map<String, String> out = new LinkedHashMap<>();
        ExportPlan plan = ExportPlan.of(graph);
        for (ExportPlan.Step step : plan.steps()) {
            Revision r = step.revision();
            String suffix = version(step) + "__" + slug(r) + ".sql";
            StringBuilder upgrade = header(step, "upgrade");
            plan.appendUpgrade(upgrade, step, FlywayExport::name);
            out.put("V" + suffix, upgrade.toString());
            boolean undoable = r.notUndone().isEmpty();
            if (undoable && (!r.downgradeStatements().isEmpty() || r.upgradeStatements().isEmpty())) {
                StringBuilder undo = header(step, "undo");
                ExportPlan.appendStatements(undo, step.downgrade());
                out.put("U" + suffix, undo.toString());
            }
        }
        return out;
    }

    /** Where Flyway would change a table while a schema-change job on it may still run, and what to do. */
    public static List<String> warnings(RevisionGraph graph) {
        return ExportPlan.of(graph).warnings("Flyway", FlywayExport::name);
    }

    /** {@code V3}, or {@code V3_2} for part 2 of revision 3. */
    private static String name(ExportPlan.Step step) {
        return "V" + version(step);
    }

    /** {@code n} for the n-th revision, {@code n_p} for its part p. */
    private static String version(ExportPlan.Step step) {
        return step.isPart() ? step.number() + "_" + step.part() : String.valueOf(step.number());
    }

    private static String slug(Revision r) {
        String slug = RevisionDirectory.slug(r.message());
        return slug.isEmpty() ? r.id() : slug;
    }

    /** {@code -- starrocks4j revision ID (upgrade, part 1 of 2): message}. */
    private static StringBuilder header(ExportPlan.Step step, String what) {
        Revision r = step.revision();
        StringBuilder out = new StringBuilder(HEADER).append(r.id()).append(" (").append(what);
        if (step.isPart()) {
            out.append(", part ").append(step.part()).append(" of ").append(step.parts());
        }
        out.append(")");
        if (!r.message().isEmpty()) {
            out.append(": ").append(r.message());
        }
        out.append('\n');
        if (what.equals("upgrade")) {
            r.notUndone().forEach(why -> out.append(RevisionFile.IRREVERSIBLE_MARKER).append(" (no undo migration) ")
                    .append(why).append('\n'));
        }
        return out;
    }

    /** True for a file an export wrote (its first line is the export's header). */
    private static boolean exported(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !MIGRATION.matcher(file.getFileName().toString()).matches()) {
            return false;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("").startsWith(HEADER);
        } catch (java.io.UncheckedIOException notText) {
            return false;
        }
    }

    /** Fails when {@code file}, which the export did not write, has the version of a file it would write. */
    private static void refuseSameVersion(Path file, Iterable<String> names) {
        Matcher other = MIGRATION.matcher(file.getFileName().toString());
        if (!other.matches()) {
            return;
        }
        for (String name : names) {
            Matcher ours = MIGRATION.matcher(name);
            if (ours.matches() && ours.group(1).equals(other.group(1))
                    && normalVersion(ours.group(2)).equals(normalVersion(other.group(2)))) {
                throw new MigrationException(ErrorCode.CONFIGURATION, file + " is not from starrocks4j but has the "
                        + "version of " + name + ", which the export would write: Flyway refuses two migrations of "
                        + "one version. Export into a folder of its own (--output); nothing was written");
            }
        }
    }

    /** A version as Flyway compares it: {@code 1_1} is {@code 1.1}, leading zeros and trailing {@code .0} ignored. */
    private static String normalVersion(String version) {
        List<String> parts = new ArrayList<>(Arrays.stream(version.split("[._]"))
                .map(p -> p.replaceFirst("^0+(?=\\d)", "")).toList());
        while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0")) {
            parts.remove(parts.size() - 1);
        }
        return String.join(".", parts);
    }

    private static String names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    }
}
