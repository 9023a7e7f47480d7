package com.oragami.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Oragami.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsOneSessionPerLineWithOpenAndCloseInNewYorkTime() {
        int code = run("calendar", "2025");

        List<String> lines = out.toString().lines().toList();
        assertThat(code).isZero();
        assertThat(lines).hasSize(250); // 261 weekdays − 10 holidays − the Carter day of mourning
        assertThat(lines.get(0)).isEqualTo("2025-01-02 09:30 16:00");
        assertThat(lines).contains("2025-01-08 09:30 16:00", "2025-01-10 09:30 16:00");
        assertThat(lines).noneMatch(line -> line.startsWith("2025-01-09"));
        assertThat(lines).contains("2025-07-03 09:30 13:00", "2025-11-28 09:30 13:00", "2025-12-24 09:30 13:00");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2025-12-31 09:30 16:00");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aYearOutsideTheCalendarExitsTwoWithOneLine() {
        int code = run("calendar", "1999");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .isEqualTo("oragami: calendar: the NYSE calendar covers the years 2000 to 2035, got 1999"
                        + System.lineSeparator());
    }
}
