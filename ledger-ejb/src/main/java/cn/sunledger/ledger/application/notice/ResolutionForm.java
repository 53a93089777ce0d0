package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

public record ResolutionForm(String resolution, LocalDate resolvedOn) {
}
