package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.TextSanity;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of multipart form parts, read as strictly as JSON text (json.StrictJsonReader): bounded before it is
 * read, and passing {@link TextSanity}, refused with the part's name as the field. Lengths are left to the Bean
 * Validation of the record the resource assembles from the parts.
 */
final class FormParts {

    /** A text part is a code, a date or a short name; its column limits are far below this. */
    static final int MAX_TEXT_BYTES = 64 * 1024;

    private FormParts() {
    }

    /** The stripped text of a part, or null when it is empty. */
    static String text(EntityPart part) throws IOException {
        String text = new String(BoundedBody.read(part.getContent(), MAX_TEXT_BYTES), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? null : sane(part.getName(), text);
    }

    /** The file name the client gave a file part, or null. */
    static String fileName(EntityPart part) {
        return part.getFileName().map(name -> sane(part.getName(), name)).orElse(null);
    }

    private static String sane(String field, String text) {
        TextSanity.flaw(text).ifPresent(flaw -> {
            throw LedgerException.invalid(List.of(Violation.ofField(field, flaw.messageKey())));
        });
        return text;
    }
}
