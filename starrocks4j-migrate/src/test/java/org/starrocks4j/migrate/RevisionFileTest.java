package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionFileTest {

    private final Revision revision = new Revision("3f2a9c1d7e4b", List.of("1a2b3c4d5e6f"),
            "Add column\nand modify comment", Instant.parse("2026-11-25T05:30:00.123Z"),
            "ALTER TABLE `my_table` ADD COLUMN `new_column` DATETIME NULL;\n",
            "ALTER TABLE `my_table` DROP COLUMN `new_column`;", null);

    @Test
    void rendersHeaderAndSections() {
        assertThat(RevisionFile.render(revision)).isEqualTo("""
                -- starrocks4j revision
                -- id: 3f2a9c1d7e4b
                -- parents: 1a2b3c4d5e6f
                -- message: Add column and modify comment
                -- created: 2026-11-25T05:30:00Z

                -- @upgrade
                ALTER TABLE `my_table` ADD COLUMN `new_column` DATETIME NULL;

                -- @downgrade
                ALTER TABLE `my_table` DROP COLUMN `new_column`;
                """);
    }

    @Test
    void parsesWhatItRenders() {
        Revision back = RevisionFile.parse(RevisionFile.render(revision), Path.of("x.sql"));
        assertThat(back.id()).isEqualTo("3f2a9c1d7e4b");
        assertThat(back.parents()).containsExactly("1a2b3c4d5e6f");
        assertThat(back.message()).isEqualTo("Add column and modify comment");
        assertThat(back.created()).isEqualTo(Instant.parse("2026-11-25T05:30:00Z"));
        assertThat(back.upgradeStatements()).containsExactly(
                "ALTER TABLE `my_table` ADD COLUMN `new_column` DATETIME NULL");
        assertThat(back.downgradeStatements()).containsExactly("ALTER TABLE `my_table` DROP COLUMN `new_column`");
        assertThat(back.checksum()).isEqualTo(revision.checksum());
    }

    @Test
    void baseAndMergeRevisions() {
        Revision base = new Revision("aaaaaa", List.of(), "", Instant.EPOCH, "", "", null);
        assertThat(RevisionFile.render(base)).contains("-- parents: (none)\n");
        assertThat(RevisionFile.parse(RevisionFile.render(base), null).parents()).isEmpty();
        String merge = RevisionFile.render(new Revision("cccccc", List.of("aaaaaa", "bbbbbb"), "merge", Instant.EPOCH,
                "", "", null));
        assertThat(RevisionFile.parse(merge, null).parents()).containsExactly("aaaaaa", "bbbbbb");
    }

    @Test
    void reviewCommentsAndFormattingDoNotChangeTheChecksumButStatementsDo() {
        String text = RevisionFile.render(revision);
        String commented = text.replace("-- @upgrade\n", "-- @upgrade\n-- reviewed by Ann\n")
                .replace("ADD COLUMN", "ADD\n    COLUMN");
        assertThat(RevisionFile.parse(commented, null).checksum()).isEqualTo(revision.checksum());
        String edited = text.replace("DATETIME NULL", "DATE NULL");
        assertThat(RevisionFile.parse(edited, null).checksum()).isNotEqualTo(revision.checksum());
    }

    @Test
    void errorsNameTheFileAndTheProblem() {
        Path file = Path.of("migrations/x.sql");
        assertThatThrownBy(() -> RevisionFile.parse("CREATE TABLE t (a INT);", file))
                .isInstanceOf(RevisionFormatException.class).hasMessageContaining("x.sql: line 1 must be");
        assertThatThrownBy(() -> RevisionFile.parse("-- starrocks4j revision\n-- id: abcdef\n-- @upgrade\n", file))
                .hasMessageContaining("no '-- @downgrade' line");
        assertThatThrownBy(() -> RevisionFile.parse(
                "-- starrocks4j revision\n-- parents: (none)\n-- @upgrade\n-- @downgrade\n", file))
                .hasMessageContaining("no '-- id:' line");
        assertThatThrownBy(() -> RevisionFile.parse(
                "-- starrocks4j revision\n-- id: head\n-- parents: (none)\n-- @upgrade\n-- @downgrade\n", file))
                .hasMessageContaining("x.sql").hasMessageContaining("invalid revision id 'head'");
        assertThatThrownBy(() -> RevisionFile.parse(
                "-- starrocks4j revision\n-- id: abcdef\n-- parents: (none)\n-- @upgrade\nSELECT 'x\n-- @downgrade\n",
                file)).hasMessageContaining("unterminated ' quote");
        assertThatThrownBy(() -> RevisionFile.parse(
                "-- starrocks4j revision\n-- id: abcdef\n-- parents: (none)\n-- @downgrade\n-- @upgrade\n", file))
                .hasMessageContaining("upgrade section must come before");
    }

    private static String withSections(String upgrade, String downgrade) {
        return "-- starrocks4j revision\n-- id: abcdef\n-- parents: (none)\n-- message: m\n\n-- @upgrade\n" + upgrade
                + "\n-- @downgrade\n" + downgrade;
    }

    @Test
    void aStatementThatCannotRunIsReportedWithFileLineAndColumnWhenTheFileIsRead() {
        Path file = Path.of("migrations/abcdef_m.sql");
        // line 7 is the first line of the upgrade section
        assertThatThrownBy(() -> RevisionFile.parse(withSections(
                "-- review note\nCREATE TABLE t (id INT);\nALTER TABLE t ADD COLUMN c VARCHR(10);\n", ""), file))
                .isInstanceOf(RevisionFormatException.class)
                .hasMessageStartingWith("migrations/abcdef_m.sql, line 9, column 28: upgrade statement 2 of 2 does "
                        + "not parse: ")
                .hasMessageContaining("VARCHR")
                .hasMessageContaining("nothing was run or printed");
        assertThatThrownBy(() -> RevisionFile.parse(withSections("CREATE TABLE t (id INT);\n",
                "DROP TABLE t;\n  /* two\nlines */ DROP VIEW v v;\n"), file))
                .hasMessageStartingWith("migrations/abcdef_m.sql, line 12, column 22: downgrade statement 2 of 2 "
                        + "does not parse");
        assertThatThrownBy(() -> RevisionFile.parse(withSections("CREAT TABLE t (id INT);\n", ""), file))
                .hasMessageStartingWith("migrations/abcdef_m.sql, line 7, column 1: upgrade statement 1 of 1 starts "
                        + "with 'CREAT', which starts no StarRocks statement");
        assertThatThrownBy(() -> RevisionFile.parse(withSections("DROP TABLE t;\n\n  SELECT 'x;\n", ""), file))
                .hasMessageStartingWith("migrations/abcdef_m.sql, line 9, column 10: unterminated ' quote");
    }

    @Test
    void statementsForTheServerPassTheRevisionCheck() {
        Revision r = RevisionFile.parse(withSections("""
                ALTER TABLE t ADD ROLLUP r1 (a, b);
                INSERT INTO t VALUES (1, 'a;b');
                GRANT SELECT ON TABLE t TO ROLE analyst;
                SET GLOBAL enable_query_cache = true;
                ALTER TABLE t SET ("replication_num" = "1");
                (SELECT 1);
                """, "ALTER TABLE t DROP ROLLUP r1;\n"), null);
        assertThat(r.upgradeStatements()).hasSize(6);
    }

    @Test
    void idRules() {
        assertThat(RevisionIds.generate()).matches("[0-9a-f]{12}");
        assertThatThrownBy(() -> RevisionIds.requireValid("12")).hasMessageContaining("relative");
        assertThatThrownBy(() -> RevisionIds.requireValid("a b")).hasMessageContaining("invalid revision id");
        assertThat(RevisionIds.requireValid("20261125_add_col")).isEqualTo("20261125_add_col");
    }
}
