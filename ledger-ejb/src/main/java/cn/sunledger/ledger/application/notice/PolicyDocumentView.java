package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

public record PolicyDocumentView(long id, String regionCode, String title, String issuer, String docNumber,
        LocalDate issuedOn, boolean referenceOnly, int bodyLength, String createdBy) {
}
