package cn.sunledger.ledger.application.project;

public record CategoryView(String code, String name, String parentCode) {
}
