package com.oragami.engine.format;

import com.oragami.engine.Location;
import com.oragami.engine.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one read, all located in one source. Internal plumbing of the readers,
 * public only because the readers live in sub-packages.
 */
public final class Issues {

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    public Issues(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void error(String code, String message, Value.Position at, String nodePath) {
        problems.add(Problem.error(code, message, locate(at, nodePath)));
    }

    public void error(String code, String message, int line, int column) {
        problems.add(Problem.error(code, message, new Location(source, Math.max(line, 0), Math.max(column, 0), "")));
    }

    public Location locate(Value.Position at, String nodePath) {
        return new Location(source, at.line(), at.column(), nodePath);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
