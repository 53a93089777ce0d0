package cn.sunledger.web.interfaces.rest.problem;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses in the language the client asked for (Accept-Language; Chinese default). */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");
    /** The {@code errors[].field} of a problem with the request body as a whole (JSONPath's root). */
    public static final String WHOLE_BODY = "$";
    static final String TYPE_BASE = "https://sunledger.cn/problems/";

    private Problems() {
    }

    public static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The client's first acceptable language, as a supported one (Chinese unless English is asked for). */
    public static Locale locale(List<Locale> acceptable) {
        return Messages.supported(acceptable.isEmpty() || "*".equals(acceptable.get(0).toString()) ? null
                : acceptable.get(0));
    }

    public static Response of(LedgerException e, Locale locale) {
        List<ProblemDocument.ProblemError> errors = e.violations().stream()
                .map(v -> new ProblemDocument.ProblemError(v.sheet(), v.field(), v.row(),
                        v.row() == null ? null : v.field(), text(locale, v))).toList();
        String type = TYPE_BASE + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean isImport = e.messageKey().startsWith("import.");
        ProblemDocument doc = new ProblemDocument(type, title(e.kind().status(), locale), e.kind().status(),
                Messages.format(locale, e.messageKey(), e.args()), null, errors.isEmpty() ? null : errors,
                isImport ? 0 : null);
        Response.ResponseBuilder response = Response.status(e.kind().status()).type(PROBLEM_JSON).entity(doc);
        if (e.kind() == LedgerException.Kind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sunshine Ledger\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    public static Response of(int status, String messageKey, Locale locale, Object... args) {
        return Response.status(status).type(PROBLEM_JSON).entity(document(status, messageKey, locale, args)).build();
    }

    /** A problem document for a bare HTTP status, also for answers written outside JAX-RS (the sign-in). */
    public static ProblemDocument document(int status, String messageKey, Locale locale, Object... args) {
        return new ProblemDocument(TYPE_BASE + "http-" + status, title(status, locale), status,
                Messages.format(locale, messageKey, args), null, null, null);
    }

    private static String text(Locale locale, Violation v) {
        return Messages.format(locale, v.messageKey(), v.args());
    }

    private static String title(int status, Locale locale) {
        boolean en = Locale.ENGLISH.equals(locale);
        return switch (status) {
            case 400 -> en ? "Bad request" : "请求无效";
            case 401 -> en ? "Not signed in" : "未登录";
            case 403 -> en ? "Forbidden" : "无权操作";
            case 404 -> en ? "Not found" : "未找到";
            case 405 -> en ? "Method not allowed" : "不支持的请求方法";
            case 406 -> en ? "Not acceptable" : "无法提供所请求的格式";
            case 409 -> en ? "Conflict with the current state" : "与当前状态冲突";
            case 413 -> en ? "Too large" : "内容过大";
            case 415 -> en ? "Unsupported media type" : "不支持的内容类型";
            case 422 -> en ? "Refused by a business rule" : "业务规则不允许";
            case 429 -> en ? "Too many attempts" : "尝试次数过多";
            case 503 -> en ? "Temporarily unavailable" : "暂时无法服务";
            default -> en ? "Server error" : "服务器错误";
        };
    }
}
