package com.oragami.engine.backtest;

import com.oragami.engine.Problem;
import com.oragami.engine.eval.DayEvaluation;
import com.oragami.engine.eval.SymphonyEvaluator;
import com.oragami.engine.symphony.Ticker;
import java.util.List;
import java.util.Set;

/** A symphony's daily targets, as its evaluator decides them: what a real backtest runs on. */
public record EvaluatorTargets(SymphonyEvaluator evaluator) implements TargetSource {

    @Override
    public int firstDay() {
        return evaluator.firstDay();
    }

    @Override
    public Set<Ticker> tickers() {
        return evaluator.symphony().tickers();
    }

    @Override
    public DayTarget target(int day) {
        DayEvaluation evaluation = evaluator.evaluate(day);
        return new DayTarget(evaluation.allocation(), evaluation.decisions(), evaluation.warnings());
    }

    @Override
    public List<Problem> startWarnings() {
        return evaluator.startWarnings();
    }
}
