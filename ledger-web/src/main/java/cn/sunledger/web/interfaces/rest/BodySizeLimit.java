package cn.sunledger.web.interfaces.rest;

import cn.sunledger.web.interfaces.rest.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The largest request body the staff API takes: an import's 10 MB plus its multipart framing. A body that declares
 * more is answered at once with a 413 problem document, before anything reads it. Undertow's own
 * {@code max-post-size} (35-request-limits.cli) is set well above this, because Undertow refuses a body that
 * declares more than that before any application code runs, with an empty 400; it remains the server's backstop
 * (and bounds bodies sent without a length, whose overrun problem.KnownCauses answers as 413 too).
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    public static final long MAX_BYTES = 12L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problems.of(413, "error.bodyTooLarge", Problems.locale(request.getAcceptableLanguages())));
        }
    }
}
