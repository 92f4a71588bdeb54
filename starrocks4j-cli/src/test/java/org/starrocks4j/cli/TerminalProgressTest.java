package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.starrocks4j.progress.Progress;

class TerminalProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final TerminalProgress progress = new TerminalProgress(new PrintWriter(err), now::get);

    /** What clears a shown line: back to its start, blanks over it, back again. */
    private static String cleared(String line) {
        return "\r" + " ".repeat(line.length()) + "\r";
    }

    private void at(long millis, Progress step) {
        now.set(millis * 1_000_000);
        progress.progress(step);
    }

    @Test
    void showsATaskOnlyOnceItHasRunTwoSecondsThenRewritesOneLineAtMostFiveTimesASecond() {
        at(0, new Progress("reading a.sql", "line", 10, 1000));
        at(1900, new Progress("reading a.sql", "line", 400, 1000));
        assertThat(err.toString()).isEmpty();

        at(2000, new Progress("reading a.sql", "line", 420, 1000));
        at(2100, new Progress("reading a.sql", "line", 440, 1000)); // too soon after the last
        at(2300, new Progress("reading a.sql", "line", 9, 1000));
        assertThat(err.toString()).isEqualTo("\rreading a.sql: line 420 of 1000, 2.0 s"
                + "\rreading a.sql: line 9 of 1000, 2.3 s  ");

        progress.println("warning: something");
        at(2350, new Progress("reading a.sql", "line", 1000, 1000)); // the last step always shows
        progress.close();
        assertThat(err.toString()).endsWith(cleared("reading a.sql: line 9 of 1000, 2.3 s") + "warning: something\n"
                + "\rreading a.sql: line 1000 of 1000, 2.4 s" + cleared("reading a.sql: line 1000 of 1000, 2.4 s"));
    }

    @Test
    void aNewTaskStartsItsOwnTwoSecondsAndAnUnknownTotalIsLeftOut() {
        at(0, new Progress("reading a.sql", "line", 1, 10));
        at(3000, new Progress("waiting for the COLUMN job 7 on `t`", "poll", 1, -1));
        assertThat(err.toString()).isEmpty();
        at(5000, new Progress("waiting for the COLUMN job 7 on `t`", "poll", 2, -1));
        assertThat(err.toString()).isEqualTo("\rwaiting for the COLUMN job 7 on `t`: poll 2, 2.0 s");
        progress.close();
        progress.close();
        assertThat(err.toString()).endsWith("2.0 s" + cleared("waiting for the COLUMN job 7 on `t`: poll 2, 2.0 s"));
    }
}
