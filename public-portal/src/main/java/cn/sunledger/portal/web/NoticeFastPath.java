package cn.sunledger.portal.web;

import cn.sunledger.portal.read.Rendition;
import cn.sunledger.portal.read.RenditionCache;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;

/**
 * Serves notices that are already in the {@link RenditionCache} straight from Undertow, ahead of the
 * servlet machinery: on the I/O thread, without dispatch to a worker thread, filters or a CDI request
 * context, writing the cached array without copying it. A QR scan of a cached notice costs a map lookup.
 *
 * <p>Everything else — a cache miss, another path, any method but GET and HEAD — goes on unchanged to the
 * servlets, where {@link NoticeServlet} loads and caches notices and the filters answer errors and 405s.
 * The answers are the same either way; only the cost differs. Registered through
 * META-INF/services/io.undertow.servlet.ServletExtension.
 */
public class NoticeFastPath implements ServletExtension {

    /** Where the shared cache is kept for {@link NoticeServlet}. */
    static final String CACHE_ATTRIBUTE = RenditionCache.class.getName();
    /** The relative path under which notices live; the cache is keyed by the full relative path. */
    static final String PREFIX = "/notices/";

    private static final HttpString CONTENT_DISPOSITION = new HttpString("Content-Disposition");
    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        RenditionCache cache = new RenditionCache(RenditionCache.DEFAULT_BUDGET);
        servletContext.setAttribute(CACHE_ATTRIBUTE, cache);
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Handler(cache, next));
    }

    static final class Handler implements HttpHandler {

        private final RenditionCache cache;
        private final HttpHandler next;

        Handler(RenditionCache cache, HttpHandler next) {
            this.cache = cache;
            this.next = next;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            String path = exchange.getRelativePath();
            HttpString method = exchange.getRequestMethod();
            Rendition r = path.startsWith(PREFIX) && (Methods.GET.equals(method) || Methods.HEAD.equals(method))
                    ? cache.get(path) : null;
            if (r == null) {
                next.handleRequest(exchange);
                return;
            }
            HeaderMap headers = exchange.getResponseHeaders();
            headers.put(Headers.ETAG, r.etag());
            headers.put(Headers.CACHE_CONTROL, NoticeServlet.CACHE_CONTROL);
            HeaderValues ifNoneMatch = exchange.getRequestHeaders().get(Headers.IF_NONE_MATCH);
            if (ifNoneMatch != null && NoticeServlet.matches(String.join(",", ifNoneMatch), r.etag())) {
                exchange.setStatusCode(304);
                exchange.endExchange();
                return;
            }
            headers.put(Headers.CONTENT_TYPE, r.contentType());
            headers.put(Headers.CONTENT_LENGTH, r.length());
            headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
            if (r.contentDisposition() != null) {
                headers.put(CONTENT_DISPOSITION, r.contentDisposition());
            } else if ("html".equals(r.format())) {
                headers.put(CONTENT_SECURITY_POLICY, NoticeServlet.HTML_POLICY);
            }
            if (Methods.HEAD.equals(method)) {
                exchange.endExchange();
            } else {
                // Non-blocking: the I/O thread hands the array to the socket and moves on.
                exchange.getResponseSender().send(ByteBuffer.wrap(r.content()));
            }
        }
    }
}
