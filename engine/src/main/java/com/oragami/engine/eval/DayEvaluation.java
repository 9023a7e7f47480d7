package com.oragami.engine.eval;

import com.oragami.engine.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a symphony as of the close of one trading day: the target allocation,
 * the decisions that explain it (tree order) and warnings about data that was missing that day.
 */
public record DayEvaluation(
        int day, LocalDate date, Allocation allocation, List<Decision> decisions, List<Problem> warnings) {

    public DayEvaluation {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(allocation, "allocation");
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }
}
