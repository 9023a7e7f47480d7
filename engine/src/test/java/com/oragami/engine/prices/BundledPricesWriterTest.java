package com.oragami.engine.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledPricesWriterTest {

    @TempDir
    Path dir;

    @Test
    void packsAndDecodesEveryValueExactlyWhateverItsDigits() throws IOException {
        // mixed scales in one file: 0 decimals (a float32 artefact beyond 2^53 at scale 6),
        // exponent notation, trailing zeros and 9 decimals
        String[] texts = {"514500001792", "1.5e-05", "24.1100", "0.000012345", "100", "453450006528.5", "3.123456789"};
        StringBuilder csv = new StringBuilder("date,open,high,low,close,adj_close,volume\n");
        LocalDate day = LocalDate.of(2011, 10, 3);
        for (int i = 0; i < texts.length; i++) {
            csv.append(day.plusDays(i * 3L))
                    .append(",1,1,1,1,")
                    .append(texts[i])
                    .append(",7\n");
        }
        Files.writeString(dir.resolve("UVXY.csv"), csv);
        Files.writeString(dir.resolve("SPY.csv"), "date,adj_close\n1993-01-29,24.11326\n1993-02-01,24.284756\n");

        Parsed<byte[]> packed = BundledPricesWriter.pack(dir);
        BundledPrices prices = BundledPrices.of(packed.get());

        assertThat(prices.tickers()).containsExactlyInAnyOrder(new Ticker("UVXY"), new Ticker("SPY"));
        PriceSeries uvxy = prices.series(new Ticker("UVXY")).orElseThrow();
        for (int i = 0; i < texts.length; i++) {
            assertThat(uvxy.closes()[i]).isEqualTo(Double.parseDouble(texts[i]));
            assertThat(uvxy.dates()[i]).isEqualTo(day.plusDays(i * 3L));
        }
        assertThat(prices.series(new Ticker("SPY")).orElseThrow().closes()).containsExactly(24.11326, 24.284756);
    }

    @Test
    void packsNothingWhenAFileIsBroken() throws IOException {
        Files.writeString(dir.resolve("SPY.csv"), "date,adj_close\n1993-01-29,24.1\n1993-01-28,24.2\n");

        Parsed<byte[]> packed = BundledPricesWriter.pack(dir);

        assertThat(packed.isOk()).isFalse();
        assertThat(packed.errors()).extracting(Problem::code).containsExactly("csv-dates-not-ascending");
    }

    @Test
    void packsNothingFromAnEmptyDirectory() {
        assertThat(BundledPricesWriter.pack(dir).errors())
                .extracting(Problem::code)
                .containsExactly("price-directory-empty");
    }

    @Test
    void writesTheResourceFileFromTheCommandLine() throws IOException {
        Files.writeString(dir.resolve("SPY.csv"), "date,close\n2024-01-02,1.25\n");
        Path out = dir.resolve("out.bin");

        BundledPricesWriter.main(new String[] {dir.toString(), out.toString()});

        assertThat(BundledPrices.of(Files.readAllBytes(out))
                        .series(new Ticker("SPY"))
                        .orElseThrow()
                        .closes())
                .containsExactly(1.25);
    }
}
