package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.symphony.Symphony;
import com.oragami.engine.symphony.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Read and check symphony files (Composer JSON, EDN or defsymphony).",
            "Prints name, format, node count, tickers and rebalance per file, or every problem, one per line,"
                    + " and exits 2."
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Symphony files.")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allOk = true;
        for (Path file : files) {
            Parsed<SymphonyDocument> parsed = SymphonyFiles.readAndCheck(file);
            ProblemPrinter.print(err, parsed.problems());
            if (!parsed.isOk()) {
                allOk = false;
                continue;
            }
            SymphonyDocument document = parsed.get();
            Symphony symphony = document.symphony();
            out.println(file + ": ok");
            out.println("  name:      " + symphony.name());
            out.println("  format:    " + document.format().label()
                    + (document.wrappedInRequest() ? " (in a backtest request)" : ""));
            out.println("  nodes:     " + symphony.nodeCount());
            out.println("  tickers:   " + symphony.tickers().size() + " ("
                    + symphony.tickers().stream().map(Ticker::symbol).collect(Collectors.joining(", ")) + ")");
            out.println("  rebalance: " + symphony.rebalance().describe());
        }
        return allOk ? 0 : Oragami.BAD_INPUT;
    }
}
