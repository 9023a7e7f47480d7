package com.oragami.cli;

import com.oragami.engine.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems one per line, as {@code file:line:col (path): error: message [code]}. */
final class ProblemPrinter {

    private ProblemPrinter() {}

    static void print(PrintWriter err, List<Problem> problems) {
        for (Problem problem : problems) {
            err.println(problem);
        }
    }
}
