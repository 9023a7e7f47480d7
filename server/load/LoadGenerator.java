import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 * A repeatable load test against a running server (JDK only, no build needed):
 *
 * <pre>
 * LOGIN_MAX_ATTEMPTS_PER_ADDRESS=100000 bin/server &amp;      # every virtual user comes from 127.0.0.1
 * java server/load/LoadGenerator.java [users=40] [seconds=30] [url=http://localhost:8080/graphql]
 * </pre>
 *
 * Set-up (not measured): each virtual user registers and uploads the TQQQ symphony. Then for the
 * given time each loops: list its symphonies, fetch one with its tree, and every 10th round log in
 * again and every 20th round queue a backtest. Prints throughput and p50/p99/max latency per
 * operation, and every error (HTTP status other than 200, GraphQL errors, or problems).
 */
public class LoadGenerator {

    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"symphony\":\\{\"id\":\"([^\"]+)\"");
    private static final String PASSWORD = "load test password 123";

    private static final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private static final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        URI url = URI.create(args.length > 2 ? args[2] : "http://localhost:8080/graphql");
        String source = Files.readString(
                Path.of("engine/src/test/resources/symphonies/real/tqqq-for-the-long-term-original.edn"));
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(Math.max(4, users / 4)))
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        String[] tokens = new String[users];
        String[] symphonies = new String[users];
        String[] emails = new String[users];
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch ready = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.execute(() -> {
                try {
                    emails[user] = "load-" + UUID.randomUUID() + "@example.com";
                    String reg = call(http, url, null, "setup", "mutation { register(input: {email: \\\""
                            + emails[user] + "\\\", password: \\\"" + PASSWORD + "\\\"}) { tokens { accessToken } } }",
                            null);
                    tokens[user] = match(TOKEN, reg);
                    String up = call(http, url, tokens[user], "setup",
                            "mutation($s: String!) { uploadSymphony(input: {source: $s}) { symphony { id } } }",
                            "{\"s\":" + json(source) + "}");
                    symphonies[user] = match(ID, up);
                } finally {
                    ready.countDown();
                }
            });
        }
        ready.await();
        latencies.clear();
        System.out.printf("set-up done: %d users; measuring for %d s%n", users, seconds);

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        long started = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.execute(() -> {
                try {
                    for (int round = 0; System.nanoTime() < end; round++) {
                        String token = tokens[user];
                        call(http, url, token, "list", "{ symphonies { count items { id name nodeCount } } }", null);
                        call(http, url, token, "get",
                                "query($id: ID!) { symphony(id: $id) { id name canonicalJson tree { id parentId step label } } }",
                                "{\"id\":\"" + symphonies[user] + "\"}");
                        if (round % 10 == 9) {
                            String login = call(http, url, null, "login", "mutation { login(input: {email: \\\""
                                    + emails[user] + "\\\", password: \\\"" + PASSWORD
                                    + "\\\"}) { tokens { accessToken } } }", null);
                            String fresh = match(TOKEN, login);
                            if (fresh != null) {
                                tokens[user] = fresh;
                            }
                        }
                        if (round % 20 == 19) {
                            call(http, url, token, "runBacktest",
                                    "mutation($id: ID!) { runBacktest(input: {symphonyId: $id, from: \"2015-01-02\"})"
                                            + " { backtest { id status } } }",
                                    "{\"id\":\"" + symphonies[user] + "\"}");
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
        System.out.printf("%-12s %8s %9s %9s %9s %9s %7s%n", "operation", "count", "req/s", "p50 ms", "p99 ms",
                "max ms", "errors");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            total += l.size();
            System.out.printf("%-12s %8d %9.1f %9.1f %9.1f %9.1f %7d%n", e.getKey(), l.size(), l.size() / elapsed,
                    pct(l, 0.50), pct(l, 0.99), l.get(l.size() - 1) / 1e6,
                    errors.getOrDefault(e.getKey(), new AtomicLong()).get());
        }
        System.out.printf("total %d requests in %.1f s = %.1f req/s with %d users%n", total, elapsed, total / elapsed,
                users);
        errorSamples.stream().limit(5).forEach(s -> System.out.println("error: " + s));
        System.exit(errors.values().stream().mapToLong(AtomicLong::get).sum() == 0 ? 0 : 1);
    }

    private static String call(HttpClient http, URI url, String token, String op, String query, String variables) {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"").replace("\\\\\"", "\\\"") + "\""
                + (variables == null ? "" : ",\"variables\":" + variables) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
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
            if (response.statusCode() != 200 || text.contains("\"errors\"") || text.contains("\"severity\":\"ERROR\"")
                    || (text.contains("\"problems\":[{") && !op.equals("runBacktest"))) {
                errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
                errorSamples.add(op + " " + response.statusCode() + " " + text.substring(0, Math.min(300, text.length())));
            }
            return text;
        } catch (Exception e) {
            errors.computeIfAbsent(op, k -> new AtomicLong()).incrementAndGet();
            errorSamples.add(op + " " + e);
            return "";
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
