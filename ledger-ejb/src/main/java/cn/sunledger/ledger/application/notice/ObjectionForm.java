package cn.sunledger.ledger.application.notice;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An objection received during the notice period: when, from whom (name, optional phone), what. The sizes are the
 * columns' (notice_objection); a TEXT column holds 65,535 bytes, which 10,000 characters fill at most two thirds of.
 */
public record ObjectionForm(LocalDate receivedOn, @Size(max = 100) String raisedBy, @Size(max = 30) String contact,
        @Size(max = ObjectionForm.MAX_TEXT) String content) {

    /** Content and resolution (TEXT, at most 4 bytes a character in utf8mb4). */
    public static final int MAX_TEXT = 10_000;
}
