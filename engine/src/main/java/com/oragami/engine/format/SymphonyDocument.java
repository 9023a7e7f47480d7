package com.oragami.engine.format;

import com.oragami.engine.symphony.SourceMap;
import com.oragami.engine.symphony.Symphony;
import java.util.Objects;
import java.util.Optional;

/**
 * A symphony as read from a text: the tree, the format it was written in, whether it came
 * wrapped in a backtest request (and what that request said), and where each node stood.
 */
public record SymphonyDocument(
        Symphony symphony,
        Format format,
        boolean wrappedInRequest,
        Optional<BacktestRequest> request,
        SourceMap sourceMap) {

    public SymphonyDocument {
        Objects.requireNonNull(symphony, "symphony");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sourceMap, "sourceMap");
    }
}
