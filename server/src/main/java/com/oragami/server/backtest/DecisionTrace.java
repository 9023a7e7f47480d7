package com.oragami.server.backtest;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.DayEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a backtest held what it held on one day: the symphony re-evaluated as of that day's close
 * (target weights, cash and the decisions of every {@code if}, {@code filter} and {@code
 * wt-inverse-vol} node passed, in tree order), or problems when the day cannot be traced. The
 * engine's decision records are mirrored here with undefined numbers (NaN) as null, since GraphQL
 * floats have no NaN; type names match the schema's so Spring resolves the {@code Decision}
 * interface by class name.
 */
record DecisionTrace(
        @Nullable LocalDate date,
        List<BacktestGraphQlController.TickerWeight> target,
        @Nullable Double cash,
        List<Decision> decisions,
        List<Problem> problems) {

    static DecisionTrace problems(List<Problem> problems) {
        return new DecisionTrace(null, List.of(), null, List.of(), problems);
    }

    static DecisionTrace of(DayEvaluation day) {
        List<BacktestGraphQlController.TickerWeight> target = new ArrayList<>();
        day.allocation()
                .weights()
                .forEach((ticker, weight) ->
                        target.add(new BacktestGraphQlController.TickerWeight(ticker.symbol(), weight)));
        return new DecisionTrace(
                day.date(),
                target,
                day.allocation().cash(),
                day.decisions().stream().map(DecisionTrace::decision).toList(),
                day.warnings());
    }

    sealed interface Decision permits IfDecision, FilterDecision, InverseVolatilityDecision {}

    record IfDecision(String nodePath, List<ConditionOutcome> tested, int branchTaken, boolean elseTaken)
            implements Decision {}

    record ConditionOutcome(
            String comparison,
            @Nullable Double left,
            @Nullable Double right,
            boolean result) {}

    record FilterDecision(String nodePath, String ranking, List<FilterCandidate> candidates) implements Decision {}

    record FilterCandidate(String label, @Nullable Double score, boolean selected) {}

    record InverseVolatilityDecision(String nodePath, List<InverseVolatilityCandidate> candidates)
            implements Decision {}

    record InverseVolatilityCandidate(
            String label, @Nullable Double volatility, double weight) {}

    private static Decision decision(com.oragami.engine.eval.Decision d) {
        if (d instanceof com.oragami.engine.eval.IfDecision i) {
            return new IfDecision(
                    i.nodePath(),
                    i.tested().stream()
                            .map(c -> new ConditionOutcome(
                                    c.comparison(), finite(c.left()), finite(c.right()), c.result()))
                            .toList(),
                    i.branchTaken(),
                    i.elseTaken());
        }
        if (d instanceof com.oragami.engine.eval.FilterDecision f) {
            return new FilterDecision(
                    f.nodePath(),
                    f.ranking(),
                    f.candidates().stream()
                            .map(c -> new FilterCandidate(c.label(), finite(c.score()), c.selected()))
                            .toList());
        }
        com.oragami.engine.eval.InverseVolatilityDecision v = (com.oragami.engine.eval.InverseVolatilityDecision) d;
        return new InverseVolatilityDecision(
                v.nodePath(),
                v.candidates().stream()
                        .map(c -> new InverseVolatilityCandidate(c.label(), finite(c.volatility()), c.weight()))
                        .toList());
    }

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
