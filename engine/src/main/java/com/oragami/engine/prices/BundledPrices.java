package com.oragami.engine.prices;

import com.oragami.engine.symphony.Ticker;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The default price source: split- and dividend-adjusted daily closes of 238 tickers (Yahoo,
 * inception to 2026-07-31; see {@code /work/shared/marketdata/SOURCES.md}), shipped inside the
 * engine as the classpath resource {@code bundled-adjclose.bin} beside this class. The resource is
 * made by {@link BundledPricesWriter} (the command is in its Javadoc) and holds every close exactly
 * as the CSV printed it.
 *
 * <p>The resource (about 4 MB) is read into memory once, on first use of {@link #standard()}; its
 * index names every ticker with its date range, and each ticker is inflated on first request and
 * cached, so asking for SPY does not decode the other 237. Thread-safe. The series handed out are
 * shared: do not modify their arrays.
 */
public final class BundledPrices implements PriceSource {

    static final String RESOURCE = "bundled-adjclose.bin";

    private final Map<Ticker, Entry> index;
    private final byte[] bytes;
    private final Map<Ticker, PriceSeries> decoded = new ConcurrentHashMap<>();

    private record Entry(int rows, LocalDate first, LocalDate last, int offset, int length) {}

    private BundledPrices(Map<Ticker, Entry> index, byte[] bytes) {
        this.index = index;
        this.bytes = bytes;
    }

    /** The bundled data set, read from the classpath once per JVM. */
    public static BundledPrices standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final BundledPrices STANDARD = fromResource();

        private static BundledPrices fromResource() {
            try (InputStream in = BundledPrices.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE + " beside BundledPrices");
                }
                return of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a resource made by {@link BundledPricesWriter}. A malformed one is a build bug, not user
     * input, so it throws {@link IllegalStateException}.
     */
    static BundledPrices of(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != BundledFormat.MAGIC) {
                throw new IllegalStateException("not a bundled prices resource (bad magic number)");
            }
            int version = in.readInt();
            if (version != BundledFormat.VERSION) {
                throw new IllegalStateException("unsupported bundled prices version " + version);
            }
            int count = in.readInt();
            Map<Ticker, Entry> index = new TreeMap<>();
            Ticker[] order = new Ticker[count];
            int[] rows = new int[count];
            int[] first = new int[count];
            int[] last = new int[count];
            int[] length = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = new Ticker(in.readUTF());
                rows[i] = in.readInt();
                first[i] = in.readInt();
                last[i] = in.readInt();
                length[i] = in.readInt();
            }
            int offset = bytes.length - in.available();
            for (int i = 0; i < count; i++) {
                index.put(
                        order[i],
                        new Entry(
                                rows[i],
                                LocalDate.ofEpochDay(first[i]),
                                LocalDate.ofEpochDay(last[i]),
                                offset,
                                length[i]));
                offset += length[i];
            }
            if (offset != bytes.length) {
                throw new IllegalStateException(
                        "corrupt bundled prices: blocks end at " + offset + " of " + bytes.length);
            }
            return new BundledPrices(Map.copyOf(index), bytes);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt bundled prices: " + e.getMessage(), e);
        }
    }

    /** {@code bundled data (238 tickers)}. */
    @Override
    public String describe() {
        return "bundled data (" + index.size() + " tickers)";
    }

    @Override
    public Optional<PriceSeries> series(Ticker ticker) {
        Entry entry = index.get(ticker);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(decoded.computeIfAbsent(ticker, t -> decode(t, entry)));
    }

    @Override
    public Set<Ticker> tickers() {
        return index.keySet();
    }

    /** The first trading day of a ticker, from the index (nothing is decoded). */
    public Optional<LocalDate> first(Ticker ticker) {
        return Optional.ofNullable(index.get(ticker)).map(Entry::first);
    }

    /** The last trading day of a ticker, from the index (nothing is decoded). */
    public Optional<LocalDate> last(Ticker ticker) {
        return Optional.ofNullable(index.get(ticker)).map(Entry::last);
    }

    private PriceSeries decode(Ticker ticker, Entry entry) {
        int n = entry.rows();
        byte[] raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes, entry.offset(), entry.length()))) {
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("corrupt bundled prices for " + ticker + ": " + e.getMessage(), e);
        }
        BundledFormat.Cursor cursor = new BundledFormat.Cursor(raw);
        LocalDate[] dates = new LocalDate[n];
        long day = entry.first().toEpochDay();
        for (int i = 0; i < n; i++) {
            day += cursor.varint();
            dates[i] = LocalDate.ofEpochDay(day);
        }
        int[] scales = new int[n];
        for (int i = 0; i < n; i++) {
            scales[i] = cursor.unsignedByte();
        }
        double[] closes = new double[n];
        long mantissa = 0;
        for (int i = 0; i < n; i++) {
            mantissa += BundledFormat.unzigzag(cursor.varint());
            closes[i] = BundledFormat.decode(mantissa, scales[i]);
        }
        if (n == 0 || !dates[n - 1].equals(entry.last())) {
            throw new IllegalStateException(
                    "corrupt bundled prices for " + ticker + ": dates do not end on " + entry.last());
        }
        return new PriceSeries(ticker, dates, closes, false);
    }
}
