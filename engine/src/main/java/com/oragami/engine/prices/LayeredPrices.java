package com.oragami.engine.prices;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Several sources in order of precedence: the first source that knows a ticker gives its series,
 * e.g. {@code firstOf(CsvPrices.directory(dir), bundled, synthetic)} for {@code --data DIR} over
 * the bundled data with synthetic prices for the rest.
 *
 * <p>A source "knows" a ticker if {@link PriceSource#tickers()} lists it or if it returns a series
 * for it (a synthetic source lists nothing and knows everything). A source that lists a ticker but
 * cannot give it (a broken CSV file) still wins: its failure is not masked by a later layer, so a
 * user's broken file is reported (through {@link #load}) rather than silently replaced.
 */
public final class LayeredPrices implements PriceSource {

    private final List<PriceSource> layers;

    private LayeredPrices(List<PriceSource> layers) {
        this.layers = layers;
    }

    public static LayeredPrices firstOf(PriceSource... sources) {
        if (sources.length == 0) {
            throw new IllegalArgumentException("at least one price source is needed");
        }
        return new LayeredPrices(List.copyOf(Arrays.asList(sources)));
    }

    public List<PriceSource> layers() {
        return layers;
    }

    /** {@code CSV prices from data (3 tickers), then bundled data (238 tickers)}. */
    @Override
    public String describe() {
        return layers.stream().map(PriceSource::describe).collect(Collectors.joining(", then "));
    }

    @Override
    public Optional<PriceSeries> series(Ticker ticker) {
        return load(ticker).value();
    }

    @Override
    public Parsed<PriceSeries> load(Ticker ticker) {
        for (PriceSource layer : layers) {
            if (layer.tickers().contains(ticker)) {
                return layer.load(ticker);
            }
            Optional<PriceSeries> series = layer.series(ticker);
            if (series.isPresent()) {
                return Parsed.of(series.get());
            }
        }
        return Parsed.failed(
                Problem.error("unknown-ticker", "no prices for " + ticker + " in " + describe(), Location.UNKNOWN));
    }

    /** The union of the layers' tickers. */
    @Override
    public Set<Ticker> tickers() {
        Set<Ticker> all = new TreeSet<>();
        layers.forEach(layer -> all.addAll(layer.tickers()));
        return Set.copyOf(all);
    }
}
