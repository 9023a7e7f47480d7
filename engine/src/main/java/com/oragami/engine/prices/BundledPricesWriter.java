package com.oragami.engine.prices;

import com.oragami.engine.Location;
import com.oragami.engine.Parsed;
import com.oragami.engine.Problem;
import com.oragami.engine.symphony.Ticker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Packs a directory of {@code <TICKER>.csv} close files into the bundled resource read by {@link
 * BundledPrices} (layout in {@code BundledFormat}). Every file is read strictly with {@link
 * CsvPrices#readFile}; any problem stops the packing and nothing is written. Every packed value is
 * checked to decode to exactly {@code Double.parseDouble} of its CSV text.
 *
 * <p>Regenerate the committed resource from the repository root with
 *
 * <pre>
 * ./mvnw -q -o -pl engine compile
 * java -cp engine/target/classes com.oragami.engine.prices.BundledPricesWriter \
 *     /work/shared/marketdata/adjclose \
 *     engine/src/main/resources/com/oragami/engine/prices/bundled-adjclose.bin
 * </pre>
 *
 * The OHLCV files of {@code marketdata/daily/} are not packed: {@link PriceSeries} carries closes
 * only, so nothing in the engine would read them, and they would roughly double the resource.
 */
public final class BundledPricesWriter {

    private BundledPricesWriter() {}

    /** {@code BundledPricesWriter CSV_DIR OUT_FILE}; exit status 2 on bad input. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BundledPricesWriter CSV_DIR OUT_FILE");
            System.exit(2);
        }
        Parsed<byte[]> packed = pack(Path.of(args[0]));
        if (!packed.isOk()) {
            packed.problems().forEach(System.err::println);
            System.exit(2);
        }
        Files.write(Path.of(args[1]), packed.get());
        System.out.println("wrote " + args[1] + " (" + packed.get().length + " bytes)");
    }

    /** The packed resource for every {@code *.csv} file in the directory, or every problem found. */
    public static Parsed<byte[]> pack(Path csvDir) {
        CsvPrices csv = CsvPrices.directory(csvDir);
        List<Problem> problems = new ArrayList<>();
        Map<Ticker, byte[]> blocks = new TreeMap<>();
        Map<Ticker, PriceSeries> series = new TreeMap<>();
        if (csv.tickers().isEmpty()) {
            problems.add(Problem.error(
                    "price-directory-empty",
                    "no <TICKER>.csv files in " + csvDir + " (or it cannot be read)",
                    Location.of(csvDir.toString(), 0, 0)));
        }
        for (Ticker ticker : csv.tickers()) {
            Parsed<PriceSeries> read = csv.load(ticker);
            problems.addAll(read.problems());
            if (read.isOk()) {
                Path file = csvDir.resolve(ticker.symbol() + ".csv");
                series.put(ticker, read.get());
                blocks.put(ticker, block(read.get(), priceTexts(file), file));
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return Parsed.failed(problems);
        }
        return Parsed.of(assemble(series, blocks), problems);
    }

    private static byte[] assemble(Map<Ticker, PriceSeries> series, Map<Ticker, byte[]> blocks) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(BundledFormat.MAGIC);
            out.writeInt(BundledFormat.VERSION);
            out.writeInt(series.size());
            for (Map.Entry<Ticker, PriceSeries> entry : series.entrySet()) {
                PriceSeries s = entry.getValue();
                out.writeUTF(entry.getKey().symbol());
                out.writeInt(s.size());
                out.writeInt(Math.toIntExact(s.first().toEpochDay()));
                out.writeInt(Math.toIntExact(s.last().toEpochDay()));
                out.writeInt(blocks.get(entry.getKey()).length);
            }
            for (byte[] block : blocks.values()) {
                out.write(block);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One ticker's gzip block; {@code texts[i]} is the CSV text of {@code series.closes()[i]}. */
    static byte[] block(PriceSeries series, List<String> texts, Path file) {
        int n = series.size();
        if (texts.size() != n) {
            throw new IllegalStateException(file + ": " + texts.size() + " price texts for " + n + " rows");
        }
        BigDecimal[] values = new BigDecimal[n];
        int fileScale = 0;
        for (int i = 0; i < n; i++) {
            values[i] = new BigDecimal(texts.get(i)).stripTrailingZeros();
            fileScale = Math.max(fileScale, values[i].scale());
        }
        fileScale = Math.min(fileScale, BundledFormat.MAX_SCALE);
        ByteArrayOutputStream days = new ByteArrayOutputStream();
        ByteArrayOutputStream scales = new ByteArrayOutputStream();
        ByteArrayOutputStream mantissas = new ByteArrayOutputStream();
        long previousDay = series.first().toEpochDay();
        long previousMantissa = 0;
        for (int i = 0; i < n; i++) {
            long day = series.dates()[i].toEpochDay();
            BundledFormat.writeVarint(days, day - previousDay);
            previousDay = day;
            int scale = fits(values[i], fileScale) ? fileScale : Math.max(values[i].scale(), 0);
            if (scale > BundledFormat.MAX_SCALE || !fits(values[i], scale)) {
                throw new IllegalStateException(
                        file + ": " + texts.get(i) + " has too many digits to be stored exactly");
            }
            long mantissa = values[i].setScale(scale).unscaledValue().longValueExact();
            if (BundledFormat.decode(mantissa, scale) != series.closes()[i]) {
                throw new IllegalStateException(file + ": " + texts.get(i) + " does not decode exactly");
            }
            scales.write(scale);
            BundledFormat.writeVarint(mantissas, BundledFormat.zigzag(mantissa - previousMantissa));
            previousMantissa = mantissa;
        }
        try {
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(block)) {
                days.writeTo(gzip);
                scales.writeTo(gzip);
                mantissas.writeTo(gzip);
            }
            return block.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fits(BigDecimal value, int scale) {
        if (value.scale() > scale) {
            return false;
        }
        return value.setScale(scale).unscaledValue().abs().bitLength() <= 53;
    }

    /** The price column's text of every data row of a file that {@link CsvPrices} accepted. */
    private static List<String> priceTexts(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> texts = new ArrayList<>();
            Optional<CsvPrices.Header> header = Optional.empty();
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                if (header.isEmpty()) {
                    header = CsvPrices.Header.of(line);
                    continue;
                }
                texts.add(line.split(",", -1)[header.get().price()].trim());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
