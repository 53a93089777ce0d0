package cn.sunledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Polls the two applications until they answer: GET /portal/ must return 200 and GET /ledger/ 200 or
 * 302 (a redirect to the login page). Redirects are not followed.
 */
final class ReadinessProbe {

    /** How a wait ended. */
    enum Outcome { READY, FAILED, TIMED_OUT }

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;

    ReadinessProbe(String host, int port) {
        this.baseUrl = "http://" + host + ":" + port;
    }

    /**
     * @param problem checked on every poll: a reason to give up at once (server died, deployment failed)
     */
    Outcome await(Duration timeout, Supplier<Optional<String>> problem) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + REPORT_INTERVAL.toNanos();
        while (true) {
            String portal = status("/portal/");
            String ledger = status("/ledger/");
            if (portal.equals("200") && Set.of("200", "302").contains(ledger)) {
                return Outcome.READY;
            }
            Optional<String> failure = problem.get();
            if (failure.isPresent()) {
                System.err.println("error: " + failure.get());
                return Outcome.FAILED;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                return Outcome.TIMED_OUT;
            }
            if (now > nextReport) {
                System.out.printf("  still waiting (%d s): /portal/ -> %s, /ledger/ -> %s%n",
                        Duration.ofNanos(now - start).toSeconds(), portal, ledger);
                nextReport = now + REPORT_INTERVAL.toNanos();
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.FAILED;
            }
        }
    }

    /** The HTTP status as text, or a short reason why there is none. */
    private String status(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return Integer.toString(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.net.ConnectException e) {
            return "not listening";
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
