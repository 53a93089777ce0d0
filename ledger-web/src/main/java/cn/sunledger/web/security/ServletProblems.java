package cn.sunledger.web.security;

import cn.sunledger.web.interfaces.rest.problem.ProblemDocument;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Problem documents (api.md's error contract) for the answers given before JAX-RS runs: a cross-site write
 * ({@link #send}, written at once) and a refused sign-in ({@link #prepare}: after a failed authentication the
 * container itself calls sendError with the status, so the document is left in the request for the error page,
 * {@link SignInProblemServlet}, instead of being written twice).
 */
final class ServletProblems {

    static final String ATTRIBUTE = ProblemDocument.class.getName();
    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
            Object... args) {
        response.setStatus(status);
        write(response, Problems.document(status, messageKey, locale(request), args));
    }

    static void prepare(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
            Object... args) {
        response.setStatus(status);
        request.setAttribute(ATTRIBUTE, Problems.document(status, messageKey, locale(request), args));
    }

    static void write(HttpServletResponse response, ProblemDocument doc) {
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter().write(JSON.toJson(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client's language as the API chooses it; without Accept-Language, Chinese (not the JVM's default). */
    static Locale locale(HttpServletRequest request) {
        List<Locale> asked = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        return Problems.locale(asked);
    }
}
