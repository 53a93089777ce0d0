package cn.sunledger.ledger.application.notice;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** How an objection was resolved and when; the text is bounded like the objection's own (a TEXT column). */
public record ResolutionForm(@Size(max = ObjectionForm.MAX_TEXT) String resolution, LocalDate resolvedOn) {
}
