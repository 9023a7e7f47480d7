package com.oragami.cli;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.check.Checker;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a symphony file and checks it: the first two phases every command shares. */
final class SymphonyFiles {

    private SymphonyFiles() {}

    /** The document with reader and checker problems; no value if either found an error. */
    static Parsed<SymphonyDocument> readAndCheck(Path file) {
        Parsed<SymphonyDocument> read = SymphonyReader.read(file);
        if (!read.isOk()) {
            return read;
        }
        SymphonyDocument document = read.get();
        List<Problem> problems = new ArrayList<>(Checker.check(document.symphony(), document.sourceMap()));
        return read.withProblems(problems);
    }

    /** The checked document, or a {@link UserError} after printing its errors, one line each. */
    static SymphonyDocument require(Path file, java.io.PrintWriter err) {
        Parsed<SymphonyDocument> parsed = readAndCheck(file);
        if (!parsed.isOk()) {
            ProblemPrinter.print(err, parsed.errors());
            throw UserError.reported();
        }
        ProblemPrinter.print(err, parsed.warnings());
        return parsed.get();
    }
}
