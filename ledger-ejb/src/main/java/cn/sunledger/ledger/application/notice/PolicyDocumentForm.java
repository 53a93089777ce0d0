package cn.sunledger.ledger.application.notice;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A policy document as entered: the issuing region (the prefecture or a county), title, issuing unit,
 * document number (文号, optional), date, and the body as plain text — headings like 一、/（一）, paragraphs,
 * and tables as tab-separated rows are recognised when it is rendered.
 */
public record PolicyDocumentForm(@Size(max = 15) String regionCode, @Size(max = 300) String title,
        @Size(max = 200) String issuer, @Size(max = 100) String docNumber, LocalDate issuedOn,
        @Size(max = PolicyDocumentForm.MAX_BODY) String body, boolean referenceOnly) {

    /**
     * The longest provincial policy documents run to some 50,000 characters; four times that leaves room, while a
     * body of megabytes is a pasted file, not a notice anyone reads on a board or a phone.
     */
    public static final int MAX_BODY = 200_000;
}
