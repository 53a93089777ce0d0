package cn.sunledger.ledger.application.fund;

import java.time.LocalDateTime;

/**
 * A fund document's current scan as the staff screens describe it (the bytes are fetched apart, by
 * {@link FundLedger#scanFile}): its file name, media type (application/pdf or image/jpeg), size and when it was
 * attached. Never public.
 */
public record DocumentScan(String fileName, String mediaType, int byteSize, LocalDateTime attachedAt) {

    public boolean pdf() {
        return "application/pdf".equals(mediaType);
    }
}
