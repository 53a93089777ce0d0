package cn.sunledger.ledger.application.project;

import java.time.LocalDate;

/** What accompanies a step: the opinion (required to return or remove), the decision's reference and date. */
public record ActionForm(String opinion, String decisionRef, LocalDate decidedOn) {
}
