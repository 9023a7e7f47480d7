package com.oragami.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of reading or checking user input: the value when there was no error, and every
 * problem found (errors and warnings) in one pass.
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems) {

    public Parsed {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("a parsed value cannot carry errors");
        }
    }

    public static <T> Parsed<T> of(T value, List<Problem> warnings) {
        return new Parsed<>(Optional.of(value), warnings);
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), List.of());
    }

    public static <T> Parsed<T> failed(List<Problem> problems) {
        if (problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a failed parse needs at least one error");
        }
        return new Parsed<>(Optional.empty(), problems);
    }

    public static <T> Parsed<T> failed(Problem problem) {
        return failed(List.of(problem));
    }

    /** The value if there were no errors, else a failure with the same problems. */
    public static <T> Parsed<T> from(T value, List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError) ? failed(problems) : of(value, problems);
    }

    public boolean isOk() {
        return value.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The value; only for callers that checked {@link #isOk()}. */
    public T get() {
        return value.orElseThrow(() -> new IllegalStateException("no value: " + problems));
    }

    public <R> Parsed<R> map(Function<T, R> mapper) {
        return new Parsed<>(value.map(mapper), problems);
    }

    /** This result with more problems added; the value is dropped if any of them is an error. */
    public Parsed<T> withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return value.isPresent() ? from(value.get(), all) : failed(all);
    }
}
