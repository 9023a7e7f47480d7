package com.oragami.engine.prices;

import com.oragami.engine.symphony.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Made-up but deterministic daily closes for any ticker, for tests and benchmarks of symphonies
 * whose tickers we have no data for. Never market data: every series has {@code synthetic = true}.
 *
 * <p>Each ticker gets a geometric random walk on the calendar given to the constructor (use the
 * bundled SPY dates so that synthetic and real tickers align), starting on the calendar's first
 * day. The walk is seeded by the 64-bit FNV-1a hash of the symbol's UTF-8 bytes, so a ticker's
 * prices are the same on every JVM and run, and independent of which other tickers are asked for.
 * From the seed, a SplitMix64 stream gives, in order:
 *
 * <pre>
 * u1, u2 uniform in [0, 1) (53 bits)
 * start price  P_0 = 10 + 190·u1                      (dollars)
 * daily vol    σ   = 0.01 + 0.03·u2                   (1 % … 4 %)
 * then per day t ≥ 1, z_t standard normal (Box–Muller, two uniforms per draw, the cosine branch):
 *              P_t = P_{t−1} · exp(μ − σ²/2 + σ·z_t)  with μ = 0.0003 (about 7.8 % a year)
 * </pre>
 *
 * {@link StrictMath} is used so that the values do not depend on the platform's intrinsics.
 */
public final class SyntheticPrices implements PriceSource {

    static final double DRIFT = 0.0003;

    private final LocalDate[] calendar;

    /** A source on the given trading days (strictly ascending, at least one). */
    public SyntheticPrices(LocalDate[] calendar) {
        if (calendar.length == 0) {
            throw new IllegalArgumentException("a synthetic calendar needs at least one day");
        }
        for (int i = 1; i < calendar.length; i++) {
            if (!calendar[i].isAfter(calendar[i - 1])) {
                throw new IllegalArgumentException("calendar not ascending at " + calendar[i]);
            }
        }
        this.calendar = calendar.clone();
    }

    /** A source on every Monday–Friday from {@code first} to {@code last} inclusive (no holidays). */
    public static SyntheticPrices weekdays(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return new SyntheticPrices(days.toArray(LocalDate[]::new));
    }

    @Override
    public String describe() {
        return "synthetic prices (not market data)";
    }

    /** Always present: any ticker gets a walk. */
    @Override
    public Optional<PriceSeries> series(Ticker ticker) {
        SplitMix64 random = new SplitMix64(fnv1a64(ticker.symbol()));
        double start = 10 + 190 * random.nextDouble();
        double sigma = volatility(random.nextDouble());
        double[] closes = new double[calendar.length];
        closes[0] = start;
        for (int t = 1; t < closes.length; t++) {
            double z = random.nextGaussian();
            closes[t] = closes[t - 1] * StrictMath.exp(DRIFT - sigma * sigma / 2 + sigma * z);
        }
        return Optional.of(new PriceSeries(ticker, calendar.clone(), closes, true));
    }

    /** The daily volatility σ a ticker's walk uses (1 % … 4 %). */
    public static double volatility(Ticker ticker) {
        SplitMix64 random = new SplitMix64(fnv1a64(ticker.symbol()));
        random.nextDouble();
        return volatility(random.nextDouble());
    }

    private static double volatility(double u) {
        return 0.01 + 0.03 * u;
    }

    /** Makes every ticker up, so it lists none. */
    @Override
    public Set<Ticker> tickers() {
        return Set.of();
    }

    /** 64-bit FNV-1a of the UTF-8 bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3). */
    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Steele, Lea and Flood's SplitMix64 (the generator behind {@code SplittableRandom}), written out. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long nextLong() {
            long z = (state += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, 1) from the top 53 bits. */
        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        /** Standard normal by Box–Muller: sqrt(−2 ln(1 − u1)) · cos(2π u2). */
        double nextGaussian() {
            double u1 = nextDouble();
            double u2 = nextDouble();
            return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        }
    }
}
