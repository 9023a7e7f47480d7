package com.oragami.server.marketdata;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import com.oragami.server.platform.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

/**
 * Market data over GraphQL. Coverage is shared and read-only, open to anyone; bars (bulk reads)
 * and backfill requests (they spend the provider's quota) need a signed-in user.
 */
@Controller
class MarketDataGraphQlController {

    private final MarketData marketData;

    MarketDataGraphQlController(MarketData marketData) {
        this.marketData = marketData;
    }

    record BarsPayload(List<Bar> bars, List<Problem> problems) {}

    record RequestBackfillPayload(@Nullable Coverage coverage, List<Problem> problems) {}

    record RequestBackfillInput(String ticker) {}

    @QueryMapping
    List<Coverage> marketDataCoverage(@Argument @Nullable List<String> tickers) {
        if (tickers == null) {
            return marketData.coverage();
        }
        return marketData.coverage(
                tickers.stream().map(Ticker::parse).flatMap(Optional::stream).toList());
    }

    @QueryMapping
    BarsPayload bars(
            @Argument String ticker,
            @Argument LocalDate from,
            @Argument LocalDate to,
            @AuthenticationPrincipal @Nullable Jwt token) {
        CurrentUser.of(token);
        Optional<Ticker> parsed = Ticker.parse(ticker);
        if (parsed.isEmpty()) {
            return new BarsPayload(List.of(), List.of(notATicker(ticker)));
        }
        Parsed<List<Bar>> bars = marketData.bars(parsed.get(), from, to);
        return new BarsPayload(bars.value().orElse(List.of()), bars.problems());
    }

    @MutationMapping
    RequestBackfillPayload requestBackfill(
            @Argument RequestBackfillInput input, @AuthenticationPrincipal @Nullable Jwt token) {
        CurrentUser.of(token);
        Optional<Ticker> parsed = Ticker.parse(input.ticker());
        if (parsed.isEmpty()) {
            return new RequestBackfillPayload(null, List.of(notATicker(input.ticker())));
        }
        Parsed<Coverage> result = marketData.requestBackfill(parsed.get());
        return new RequestBackfillPayload(result.value().orElse(null), result.problems());
    }

    private static Problem notATicker(String text) {
        return Problem.error(
                "not-a-ticker",
                "'" + text + "' is not a ticker: 1 to 15 letters, digits, '.', '/' or '-'",
                Location.UNKNOWN);
    }

    @SchemaMapping(typeName = "TickerCoverage")
    String ticker(Coverage coverage) {
        return coverage.ticker().symbol();
    }

    @SchemaMapping(typeName = "TickerCoverage")
    java.time.OffsetDateTime updatedAt(Coverage coverage) {
        return coverage.updatedAt().atOffset(java.time.ZoneOffset.UTC);
    }

    @SchemaMapping(typeName = "Bar")
    @Nullable
    Double open(Bar bar) {
        return given(bar.open());
    }

    @SchemaMapping(typeName = "Bar")
    @Nullable
    Double high(Bar bar) {
        return given(bar.high());
    }

    @SchemaMapping(typeName = "Bar")
    @Nullable
    Double low(Bar bar) {
        return given(bar.low());
    }

    @SchemaMapping(typeName = "Bar")
    @Nullable
    Double close(Bar bar) {
        return given(bar.close());
    }

    @SchemaMapping(typeName = "Bar")
    @Nullable
    Double volume(Bar bar) {
        return bar.volume() == null ? null : bar.volume().doubleValue();
    }

    private static @Nullable Double given(double price) {
        return Double.isNaN(price) ? null : price;
    }
}
