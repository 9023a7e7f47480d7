package com.oragami.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Composer's own indicator values for SPY on 2022-10-24 against our kernels fed the vector's
 * closes ({@code conformance/spy-2022-10-24-indicator-check.derived.json}, see the README beside
 * it). Every key of {@code expected} is checked; the last close is the as-of day.
 */
class ConformanceTest {

    private static final String VECTOR = "/conformance/spy-2022-10-24-indicator-check.derived.json";
    private static final Pattern WINDOW = Pattern.compile("^([a-z-]+) window (\\d+)");

    /** The vector's closes (dates ascending, as-of day last) and its expected values by key. */
    private record Vector(double[] closes, Map<String, Double> expected) {}

    private static final Vector SPY = read();

    private static Vector read() {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(VECTOR);
                JsonParser json = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            List<Double> closes = new ArrayList<>();
            Map<String, Double> expected = new LinkedHashMap<>();
            json.nextToken(); // {
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = json.currentName();
                json.nextToken();
                if (name.equals("closes")) {
                    while (json.nextToken() == JsonToken.START_ARRAY) { // [ "2021-03-01", 389.48 ]
                        json.nextToken();
                        json.nextToken();
                        closes.add(json.getDoubleValue());
                        json.nextToken();
                    }
                } else if (name.equals("expected")) {
                    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                        String key = json.currentName();
                        json.nextToken();
                        expected.put(key, json.getDoubleValue());
                    }
                } else {
                    json.skipChildren();
                }
            }
            return new Vector(closes.stream().mapToDouble(Double::doubleValue).toArray(), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> expectedValues() {
        return SPY.expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("expectedValues")
    void reproducesComposersValue(String key, double composer) {
        IndicatorKind kind;
        int window;
        Matcher m = WINDOW.matcher(key);
        if (key.equals("current-price")) {
            kind = IndicatorKind.CURRENT_PRICE;
            window = 0;
        } else if (key.startsWith("daily return")) { // the daily return is cumulative-return(1)
            kind = IndicatorKind.CUMULATIVE_RETURN;
            window = 1;
        } else if (m.find()) {
            kind = IndicatorKind.ofScoreName(m.group(1)).orElseThrow();
            window = Integer.parseInt(m.group(2));
        } else {
            throw new AssertionError("unrecognised expected key: " + key);
        }
        double[] values = kind.compute(SPY.closes(), window);
        double ours = values[values.length - 1];

        if (kind == IndicatorKind.RELATIVE_STRENGTH_INDEX) {
            assertThat(ours).isCloseTo(composer, within(2e-4)); // Composer prints RSI to 4 decimals
        } else {
            // inputs rebuilt from a 3rd-party adjusted series (README): relative 1e-5
            assertThat(ours).isCloseTo(composer, within(1e-5 * Math.abs(composer)));
        }
    }

    @Test
    void theVectorHoldsEveryValueWeCheck() {
        // 2021-03-01 … 2022-10-24; RSI 7 and 10, SD 20, SMA 200, CR 2, daily, MAR 210, price
        assertThat(SPY.closes()).hasSizeGreaterThan(210 + 1);
        assertThat(SPY.closes()[0]).isEqualTo(389.48);
        assertThat(SPY.closes()[SPY.closes().length - 1]).isEqualTo(378.87);
        assertThat(SPY.expected()).hasSize(8);
    }
}
