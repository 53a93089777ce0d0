package cn.sunledger.ledger.application.notice;

import java.time.LocalDate;

/** An objection received during the notice period: when, from whom (name, optional phone), what. */
public record ObjectionForm(LocalDate receivedOn, String raisedBy, String contact, String content) {
}
