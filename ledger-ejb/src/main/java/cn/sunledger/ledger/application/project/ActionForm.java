package cn.sunledger.ledger.application.project;

import java.time.LocalDate;

/**
 * What accompanies a step: the opinion (required to return or remove), the decision's reference and date, and for
 * the accept step (验收) the acceptance report and the indicators' actual values (null for every other step).
 */
public record ActionForm(String opinion, String decisionRef, LocalDate decidedOn, AcceptanceForm acceptance) {

    public ActionForm(String opinion, String decisionRef, LocalDate decidedOn) {
        this(opinion, decisionRef, decidedOn, null);
    }
}
