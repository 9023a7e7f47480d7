package com.oragami.cli;

import com.oragami.engine.calendar.NyseCalendar;
import com.oragami.engine.calendar.Session;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = {
            "Print the NYSE sessions of a year, one per line: date, open and close in New York time.",
            "Early closes show 13:00. Covers 2000 to 2035; another year exits 2."
        })
final class CalendarCommand implements Callable<Integer> {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Parameters(paramLabel = "YEAR", description = "A year from 2000 to 2035.")
    int year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NyseCalendar nyse = NyseCalendar.standard();
        if (year < nyse.firstYear() || year > nyse.lastYear()) {
            throw new UserError("calendar: the NYSE calendar covers the years " + nyse.firstYear() + " to "
                    + nyse.lastYear() + ", got " + year);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Session session : nyse.sessions(year)) {
            out.println(session.date() + " " + HH_MM.format(session.open()) + " " + HH_MM.format(session.close()));
        }
        return 0;
    }
}
