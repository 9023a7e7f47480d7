package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvPricesTest {

    private static final Ticker SPY = new Ticker("SPY");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Parsed<PriceSeries> read(String text) throws IOException {
        return CsvPrices.readFile(write("SPY.csv", text), SPY);
    }

    private static List<String> shown(Parsed<?> parsed) {
        return parsed.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsDateAdjCloseLayout() throws IOException {
        PriceSeries s =
                read("date,adj_close\n2024-01-02,100.5\n2024-01-03,101.25\n").get();

        assertThat(s.ticker()).isEqualTo(SPY);
        assertThat(s.dates()).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
        assertThat(s.closes()).containsExactly(100.5, 101.25);
        assertThat(s.synthetic()).isFalse();
    }

    @Test
    void usesAdjCloseNotCloseInTheOhlcvLayout() throws IOException {
        PriceSeries s = read("date,open,high,low,close,adj_close,volume\n"
                        + "2024-01-02,10,12,9,11,10.5,1000\n"
                        + "2024-01-03,11,13,10,12,11.5,2000\n")
                .get();

        assertThat(s.closes()).containsExactly(10.5, 11.5);
    }

    @Test
    void readsDateCloseLayoutWithBomCrlfBlankLinesAndHeaderCase() throws IOException {
        PriceSeries s = read("\uFEFFDate, Close \r\n2024-01-02,7\r\n\r\n2024-01-04, 8.25 \r\n")
                .get();

        assertThat(s.dates()).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4));
        assertThat(s.closes()).containsExactly(7.0, 8.25);
    }

    @Test
    void acceptsAdjCloseSpelledWithASpace() throws IOException {
        assertThat(read("Date,Close,Adj Close\n2024-01-02,7,6\n").get().closes())
                .containsExactly(6.0);
    }

    @Test
    void reportsEveryBadRowWithFileAndLineAndKeepsNothing() throws IOException {
        Path file = write(
                "SPY.csv",
                "date,adj_close\n" // line 1
                        + "2024-01-02,100\n" // 2 fine
                        + "2024-13-01,100\n" // 3 bad date
                        + "2024-01-03,abc\n" // 4 not numeric
                        + "2024-01-04,0\n" // 5 not positive
                        + "2024-01-05,-1.5\n" // 6 not positive
                        + "2024-01-05,NaN\n" // 7 not a decimal; also a duplicate date
                        + "2024-01-01,100\n" // 8 not ascending
                        + "2024-01-09\n" // 9 missing column
                        + "2024-01-10,1e999\n" // 10 overflows a double
                        + "2024-01-11,12f\n"); // 11 Java's float suffix is not CSV

        Parsed<PriceSeries> parsed = CsvPrices.readFile(file, SPY);

        assertThat(parsed.isOk()).isFalse();
        String f = file.toString();
        assertThat(shown(parsed))
                .containsExactly(
                        f + ":3: error: date must be YYYY-MM-DD, got \"2024-13-01\" [csv-bad-date]",
                        f + ":4: error: adj_close must be a decimal number, got \"abc\" [csv-price-not-numeric]",
                        f + ":5: error: adj_close must be positive, got 0 [csv-price-not-positive]",
                        f + ":6: error: adj_close must be positive, got -1.5 [csv-price-not-positive]",
                        f + ":7: error: adj_close must be a decimal number, got \"NaN\" [csv-price-not-numeric]",
                        f + ":7: error: date 2024-01-05 appears twice [csv-duplicate-date]",
                        f + ":8: error: dates must ascend, got 2024-01-01 after 2024-01-05 [csv-dates-not-ascending]",
                        f + ":9: error: expected 2 fields up to adj_close, got 1 [csv-missing-column]",
                        f + ":10: error: adj_close is out of range, got 1e999 [csv-price-not-numeric]",
                        f + ":11: error: adj_close must be a decimal number, got \"12f\" [csv-price-not-numeric]");
        assertThat(parsed.problems())
                .allSatisfy(p -> assertThat(p.where().source()).isEqualTo(f));
    }

    @Test
    void rejectsAHeaderWithoutAPriceColumn() throws IOException {
        Parsed<PriceSeries> parsed = read("date,open\n2024-01-02,1\n");

        assertThat(parsed.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("csv-missing-column");
            assertThat(p.where().line()).isEqualTo(1);
            assertThat(p.message())
                    .isEqualTo("header must name a date and an adj_close or close column, got \"date,open\"");
        });
    }

    @Test
    void rejectsAHeaderWithoutADateColumn() throws IOException {
        assertThat(read("day,close\n2024-01-02,1\n").errors())
                .extracting(Problem::code)
                .containsExactly("csv-missing-column");
    }

    @Test
    void rejectsAnEmptyFileAndAHeaderWithoutRows() throws IOException {
        assertThat(read("").errors()).extracting(Problem::code).containsExactly("csv-empty");
        assertThat(read("\n\n").errors()).extracting(Problem::code).containsExactly("csv-empty");
        assertThat(read("date,close\n").errors()).extracting(Problem::code).containsExactly("csv-empty");
    }

    @Test
    void reportsAFileThatCannotBeReadInsteadOfThrowing() {
        Parsed<PriceSeries> parsed = CsvPrices.readFile(dir.resolve("missing.csv"), SPY);

        assertThat(parsed.errors()).extracting(Problem::code).containsExactly("price-file-unreadable");
    }

    @Test
    void readsMoreRowsThanTheInitialBuffer() throws IOException {
        StringBuilder text = new StringBuilder("date,close\n");
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 3000; i++) {
            text.append(day.plusDays(i)).append(',').append(i + 1).append('\n');
        }

        PriceSeries s = read(text.toString()).get();

        assertThat(s.size()).isEqualTo(3000);
        assertThat(s.last()).isEqualTo(LocalDate.of(2008, 3, 18)); // 2000-01-01 + 2999 days
        assertThat(s.closes()[2999]).isEqualTo(3000.0);
    }

    @Test
    void aDirectoryKnowsTheTickersOfItsCsvFiles() throws IOException {
        write("SPY.csv", "date,adj_close\n2024-01-02,100\n");
        write("qqq.csv", "date,adj_close\n2024-01-02,400\n");
        write("notes.txt", "not prices");
        write("bad name!.csv", "date,adj_close\n2024-01-02,1\n");

        CsvPrices prices = CsvPrices.directory(dir);

        assertThat(prices.tickers()).containsExactlyInAnyOrder(SPY, new Ticker("QQQ"));
        assertThat(prices.describe()).isEqualTo("CSV prices from " + dir + " (2 tickers)");
        assertThat(prices.series(new Ticker("QQQ")).orElseThrow().closes()).containsExactly(400.0);
    }

    @Test
    void aDirectoryReadsEachFileOnceAndSharesTheResultAcrossThreads() throws IOException {
        write("SPY.csv", "date,adj_close\n2024-01-02,100\n");
        CsvPrices prices = CsvPrices.directory(dir);

        List<PriceSeries> loaded = IntStream.range(0, 16)
                .parallel()
                .mapToObj(i -> prices.series(SPY).orElseThrow())
                .toList();
        Files.writeString(dir.resolve("SPY.csv"), "date,adj_close\n2024-01-02,999\n");

        assertThat(loaded).allSatisfy(s -> assertThat(s).isSameAs(loaded.get(0)));
        assertThat(prices.series(SPY).orElseThrow().closes()).containsExactly(100.0);
    }

    @Test
    void aBrokenFileGivesNoSeriesButLoadSaysWhy() throws IOException {
        write("SPY.csv", "date,adj_close\n2024-01-02,100\n2024-01-03,-1\n");
        CsvPrices prices = CsvPrices.directory(dir);

        assertThat(prices.series(SPY)).isEmpty();
        assertThat(prices.tickers()).containsExactly(SPY);
        assertThat(prices.load(SPY).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("csv-price-not-positive");
            assertThat(p.where().line()).isEqualTo(3);
        });
    }

    @Test
    void anUnknownTickerNamesTheFileThatWasLookedFor() {
        CsvPrices prices = CsvPrices.directory(dir);

        assertThat(prices.series(SPY)).isEmpty();
        assertThat(prices.load(SPY).errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-ticker");
            assertThat(p.message()).isEqualTo("no prices for SPY: " + dir.resolve("SPY.csv") + " does not exist");
        });
    }

    @Test
    void aMissingDirectoryKnowsNothingAndLoadSaysWhy() {
        CsvPrices prices = CsvPrices.directory(dir.resolve("nope"));

        assertThat(prices.tickers()).isEmpty();
        assertThat(prices.load(SPY).errors())
                .extracting(Problem::code)
                .containsExactly("price-directory-unreadable", "unknown-ticker");
    }
}
