package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

/**
 * A policy document as entered: the issuing region (the prefecture or a county), title, issuing unit,
 * document number (文号, optional), date, and the body as plain text — headings like 一、/（一）, paragraphs,
 * and tables as tab-separated rows are recognised when it is rendered.
 */
public record PolicyDocumentForm(String regionCode, String title, String issuer, String docNumber,
        LocalDate issuedOn, String body, boolean referenceOnly) {
}
