package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

/** A board that carried the notice: where, when, and a photo of it (JPEG or PNG, optional). */
public record PostingForm(String regionCode, LocalDate postedOn, byte[] photo, String photoType, String photoName) {
}
