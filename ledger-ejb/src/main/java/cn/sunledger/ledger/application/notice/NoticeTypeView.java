package cn.sunledger.ledger.application.notice;

/** A notice type: its code, Chinese and English names, and whether it has a notice period. */
public record NoticeTypeView(String code, String chineseName, String englishName, boolean hasPeriod) {
}
