package io.slotwise.publishing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's {@link HttpServer}) on a free port, each request on its own thread, for
 * the publishing tests' stand-ins (a webhook receiver, a hosted scheduler).
 */
abstract class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    LoopbackServer(String path) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, this::handle);
        server.setExecutor(threads);
        server.start();
    }

    abstract void handle(HttpExchange ex) throws IOException;

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Answers {@code status} with a JSON body after {@code sleepMillis}; {@code beforeAnswer} runs once the wait is
     * over. A client that stopped waiting meanwhile gets nothing.
     */
    static void answer(HttpExchange ex, int status, String json, long sleepMillis, Runnable beforeAnswer) {
        try {
            if (sleepMillis > 0) {
                Thread.sleep(sleepMillis);
            }
            beforeAnswer.run();
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting: nothing to answer
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
