package com.oragami.cli;

import com.oragami.engine.format.ScoreWriter;
import com.oragami.engine.format.SymphonyDocument;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Print a symphony (any format) as canonical Composer JSON on stdout.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Symphony file.")
    Path file;

    @picocli.CommandLine.Option(
            names = "--compact",
            description = "Write on one line (deep trees grow large when indented).")
    boolean compact;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SymphonyDocument document =
                SymphonyFiles.require(file, spec.commandLine().getErr());
        String json = compact ? ScoreWriter.writeCompact(document.symphony()) : ScoreWriter.write(document.symphony());
        spec.commandLine().getOut().print(json);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
