import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repeatable, bounded load test against a running server (JDK only, no build needed). See
 * docs/load.md for the exact commands and recorded figures.
 *
 * <pre>
 * java server/load/LoadGenerator.java users=40 seconds=60 rounds=200 url=http://127.0.0.1:18080/graphql
 * </pre>
 *
 * Options (key=value, all optional): users (40), seconds (60) and rounds (200) bound the measured
 * part — each virtual user stops after that many rounds or that much time, whichever comes first;
 * backtestEvery (10): every Nth round also queues a backtest, 0 for none (reads only);
 * thinkMs (0): pause of each virtual user after each request — 0 is a closed loop at full speed,
 * where latency is concurrency ÷ throughput; a pause models people; setupThreads (8); url (loopback
 * only).
 *
 * <p>Set-up, not measured: each virtual user registers (which signs it in: the tokens come back) and
 * uploads the TQQQ symphony; bcrypt at cost 12 makes sign-in deliberately slow (~0.3 s of a core),
 * so it stays out of the timed part. Measured,
 * per round: {@code list} (the library with count), {@code get} (one symphony with its tree), and
 * every Nth round {@code runBacktest} (queue a 2015– backtest) plus, from then on, {@code
 * backtestStatus} (read the last run's status and progress). The same fixed mix every run; fresh
 * users every run, so runs do not depend on each other.
 *
 * <p>Prints the machine (cores, load average before and after), then per operation: count,
 * throughput, p50/p99/max latency and errors. An error is a transport failure, an HTTP status other
 * than 200, a GraphQL {@code errors} entry or an ERROR problem. A backtest refused because the
 * bounded queue is full (status FAILED with backtest-queue-full) is a designed refusal, counted
 * separately as "refused". Exit status 1 when there were errors.
 */
public class LoadGenerator {

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern SYMPHONY_ID = Pattern.compile("\"symphony\":\\{\"id\":\"([^\"]+)\"");
    private static final Pattern BACKTEST_ID = Pattern.compile("\"backtest\":\\{\"id\":\"([^\"]+)\"");
    private static final String PASSWORD = "load test password 123";

    private static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private static final AtomicLong refused = new AtomicLong();
    private static final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "users", "40",
                "seconds", "60",
                "rounds", "200",
                "backtestEvery", "10",
                "setupThreads", "8",
                "thinkMs", "0",
                "url", "http://127.0.0.1:18080/graphql"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0 || !options.containsKey(arg.substring(0, eq))) {
                System.err.println("unknown option " + arg + "; known: " + options.keySet() + " as key=value");
                System.exit(2);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int users = Integer.parseInt(options.get("users"));
        int seconds = Integer.parseInt(options.get("seconds"));
        int rounds = Integer.parseInt(options.get("rounds"));
        int backtestEvery = Integer.parseInt(options.get("backtestEvery"));
        int setupThreads = Integer.parseInt(options.get("setupThreads"));
        long thinkMs = Long.parseLong(options.get("thinkMs"));
        URI url = URI.create(options.get("url"));
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            System.err.println("loopback only: the url must be on 127.0.0.1 or localhost");
            System.exit(2);
        }
        String source = Files.readString(
                Path.of("engine/src/test/resources/symphonies/real/tqqq-for-the-long-term-original.edn"));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(4, users / 4)))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.printf("options: %s%n", options);

        String[] tokens = new String[users];
        String[] symphonies = new String[users];
        ExecutorService setup = Executors.newFixedThreadPool(setupThreads);
        CountDownLatch ready = new CountDownLatch(users);
        Instant setupStart = Instant.now();
        for (int u = 0; u < users; u++) {
            int user = u;
            setup.execute(() -> {
                try {
                    String email = "load-" + UUID.randomUUID() + "@example.com";
                    String reg = call(http, url, null, "setup", "mutation { register(input: {email: \\\"" + email
                            + "\\\", password: \\\"" + PASSWORD + "\\\"}) { tokens { accessToken } problems { code } } }",
                            null);
                    tokens[user] = match(TOKEN, reg);
                    String up = call(http, url, tokens[user], "setup",
                            "mutation($s: String!) { uploadSymphony(input: {source: $s}) { symphony { id } } }",
                            "{\"s\":" + json(source) + "}");
                    symphonies[user] = match(SYMPHONY_ID, up);
                } finally {
                    ready.countDown();
                }
            });
        }
        ready.await();
        setup.shutdown();
        long setupErrors = errors.getOrDefault("setup", new AtomicLong()).get();
        System.out.printf("set-up: %d users registered (signed in) and uploaded in %.1f s (%d errors)%n", users,
                Duration.between(setupStart, Instant.now()).toMillis() / 1e3, setupErrors);
        if (setupErrors > 0) {
            errorSamples.stream().limit(5).forEach(s -> System.out.println("error: " + s));
            System.exit(1);
        }
        latencies.clear();

        ExecutorService pool = Executors.newFixedThreadPool(users);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.execute(() -> {
                try {
                    String token = tokens[user];
                    String lastBacktest = null;
                    for (int round = 0; round < rounds && System.nanoTime() < end; round++) {
                        think(thinkMs);
                        call(http, url, token, "list", "{ symphonies { count items { id name nodeCount } } }", null);
                        think(thinkMs);
                        call(http, url, token, "get",
                                "query($id: ID!) { symphony(id: $id) { id name tree { id parentId step label } } }",
                                "{\"id\":\"" + symphonies[user] + "\"}");
                        if (lastBacktest != null) {
                            think(thinkMs);
                            String status = call(http, url, token, "backtestStatus",
                                    "query($id: ID!) { backtest(id: $id) { status progress } }",
                                    "{\"id\":\"" + lastBacktest + "\"}");
                            if (status.contains("\"backtest\":null")) {
                                count("backtestStatus", "backtestStatus: own backtest not found " + lastBacktest);
                            }
                        }
                        if (backtestEvery > 0 && round % backtestEvery == backtestEvery - 1) {
                            think(thinkMs);
                            String run = call(http, url, token, "runBacktest",
                                    "mutation($id: ID!) { runBacktest(input: {symphonyId: $id, from: \\\"2015-01-02\\\"})"
                                            + " { backtest { id status problems { code } } problems { code } } }",
                                    "{\"id\":\"" + symphonies[user] + "\"}");
                            if (run.contains("backtest-queue-full")) {
                                refused.incrementAndGet();
                            }
                            String id = match(BACKTEST_ID, run);
                            if (id != null) {
                                lastBacktest = id;
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();

        long total = 0;
        long errorCount = 0;
        System.out.printf("%-15s %8s %9s %9s %9s %9s %7s%n", "operation", "count", "req/s", "p50 ms", "p99 ms",
                "max ms", "errors");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            total += l.size();
            long errs = errors.getOrDefault(e.getKey(), new AtomicLong()).get();
            errorCount += errs;
            System.out.printf("%-15s %8d %9.1f %9.1f %9.1f %9.1f %7d%n", e.getKey(), l.size(), l.size() / elapsed,
                    pct(l, 0.50), pct(l, 0.99), l.get(l.size() - 1) / 1e6, errs);
        }
        System.out.printf("total %d requests in %.1f s = %.1f req/s with %d users; %d errors; %d backtests refused"
                + " (queue full)%n", total, elapsed, total / elapsed, users, errorCount, refused.get());
        System.out.printf("load average after: %s%n", loadAverage());
        errorSamples.stream().limit(5).forEach(s -> System.out.println("error: " + s));
        System.exit(errorCount == 0 ? 0 : 1);
    }

    private static String call(HttpClient http, URI url, String token, String op, String query, String variables) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"").replace("\\\\\"", "\\\"") + "\""
                + (variables == null ? "" : ",\"variables\":" + variables) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.computeIfAbsent(op, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - start);
            String text = response.body();
            if (response.statusCode() != 200
                    || text.contains("\"errors\"")
                    || text.contains("\"severity\":\"ERROR\"")
                    || (text.contains("\"problems\":[{") && !op.equals("runBacktest") && !op.equals("setup"))
                    || (op.equals("runBacktest") && text.contains("\"problems\":[{\"code\"")
                            && !text.contains("backtest-queue-full"))) {
                count(op, op + " " + response.statusCode() + " "
                        + text.substring(0, Math.min(300, text.length())));
            }
            return text;
        } catch (Exception e) {
            count(op, op + " " + e);
            return "";
        }
    }

    private static void think(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void count(String op, String sample) {
        errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
        errorSamples.add(sample);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
