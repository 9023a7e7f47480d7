package com.oragami.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain {@code graphql-transport-ws} client over the JDK's WebSocket, for tests: what a browser's
 * graphql-ws client sends. Incoming messages queue up; a close is recorded with its code.
 */
public final class Socket implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private Socket(int port) {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql-ws"), new Listener())
                .join();
    }

    /** Opens a socket and sends {@code connection_init} with the token (none when null). */
    public static Socket open(int port, @Nullable String accessToken) {
        Socket s = new Socket(port);
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("type", "connection_init");
        init.put("payload", accessToken == null ? Map.of() : Map.of("Authorization", "Bearer " + accessToken));
        s.send(init);
        return s;
    }

    public void subscribe(String id, String query, Map<String, ?> variables) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", variables)));
    }

    /** The next message, or null when none comes within the timeout. */
    @Nullable
    public JsonNode next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next message of this type, skipping others (pings); null on timeout. */
    @Nullable
    public JsonNode next(String type, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            JsonNode m = next(Duration.ofNanos(end - System.nanoTime()));
            if (m != null && m.path("type").asString().equals(type)) {
                return m;
            }
        }
        return null;
    }

    /** The close code the server sent, or null if it did not close within the timeout. */
    @Nullable
    public Integer closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notClosed) {
            return null;
        }
    }

    private void send(Map<String, ?> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode message = JSON.readTree(text.toString());
                text.setLength(0);
                if (message.path("type").asString().equals("ping")) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                }
                messages.add(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
