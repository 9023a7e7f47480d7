package com.oragami.server.symphony;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.check.Checker;
import com.oragami.engine.format.ScoreWriter;
import com.oragami.engine.format.SymphonyDocument;
import com.oragami.engine.format.SymphonyReader;
import com.oragami.engine.prices.PriceSource;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.OragamiProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded text with the engine: size limit, then {@link SymphonyReader} (JSON, EDN or
 * defsymphony, sniffed), then {@link Checker}; tickers without bundled prices are a warning
 * ({@code ticker-without-prices}), since the symphony is still worth keeping but cannot be
 * backtested until data for them exists.
 */
@Component
class SymphonyTexts {

    private final int maxChars;
    private final Set<Ticker> priced;

    SymphonyTexts(OragamiProperties properties, PriceSource prices) {
        this.maxChars = properties.limits().maxSourceChars();
        this.priced = prices.tickers();
    }

    Parsed<ReadSymphony> read(String sourceName, String text) {
        if (text.length() > maxChars) {
            return Parsed.failed(Problem.error(
                    "source-too-large",
                    "the source has " + text.length() + " characters; at most " + maxChars + " are allowed",
                    Location.of(sourceName, 0, 0)));
        }
        Parsed<SymphonyDocument> read = SymphonyReader.read(sourceName, text);
        if (!read.isOk()) {
            return Parsed.failed(read.problems());
        }
        SymphonyDocument document = read.get();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(Checker.check(document.symphony(), document.sourceMap()));
        for (Ticker ticker : document.symphony().tickers()) {
            if (!priced.isEmpty() && !priced.contains(ticker)) {
                problems.add(Problem.warning(
                        "ticker-without-prices",
                        "no price data for " + ticker + "; backtests of this symphony cannot run until there is",
                        Location.of(sourceName, 0, 0)));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return Parsed.failed(problems);
        }
        return Parsed.of(
                new ReadSymphony(document.symphony(), document.format().name(), ScoreWriter.write(document.symphony())),
                problems);
    }
}
