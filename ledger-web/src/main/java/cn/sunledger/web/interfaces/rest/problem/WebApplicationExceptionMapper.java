package cn.sunledger.web.interfaces.rest.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method, unreadable body …) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        return respond(e, Problems.locale(headers));
    }

    static Response respond(WebApplicationException e, java.util.Locale locale) {
        // a refusal of ours inside RESTEasy's own (a query parameter converter's, say) keeps its status and fields
        Response known = KnownCauses.respond(e.getCause(), locale);
        if (known != null) {
            return known;
        }
        int status = e.getResponse().getStatus();
        String key = switch (status) {
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> status >= 500 ? "error.internal" : "error.malformed";
        };
        Response problem = Problems.of(status, key, locale, reason(e));
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    private static String reason(WebApplicationException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        // the first line is enough, and never a stack trace
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
