package com.oragami.cli;

import static com.oragami.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.format.Format;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConvertCommandTest {

    static java.util.List<Path> realFiles() throws IOException {
        return ValidateCommandTest.realFiles();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void canonicalJsonValidatesAgainAndReadsToTheSameModel(Path file, @TempDir Path dir) throws IOException {
        Cli.Result result = run("convert", file).succeeds();
        Path converted = Files.writeString(dir.resolve("converted.json"), result.out());

        run("validate", converted).succeeds();
        SymphonyDocument original = SymphonyReader.read(file).get();
        Parsed<SymphonyDocument> again = SymphonyReader.read(converted);
        assertThat(again.errors()).isEmpty();
        assertThat(again.get().format()).isEqualTo(Format.JSON);
        assertThat(again.get().symphony()).isEqualTo(original.symphony());
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void compactIsOneLineAndTheSameModel(Path file, @TempDir Path dir) throws IOException {
        Cli.Result result = run("convert", "--compact", file).succeeds();

        assertThat(result.out().strip()).doesNotContain("\n");
        Path converted = Files.writeString(dir.resolve("compact.json"), result.out());
        assertThat(SymphonyReader.read(converted).get().symphony())
                .isEqualTo(SymphonyReader.read(file).get().symphony());
    }

    @Test
    void indentedOutputHasOneStepPerLine() {
        Cli.Result result = run("convert", Cli.TQQQ).succeeds();

        assertThat(result.out()).startsWith("{").contains("\n");
        assertThat(result.out().lines().filter(l -> l.contains("\"step\""))).hasSize(71);
    }
}
