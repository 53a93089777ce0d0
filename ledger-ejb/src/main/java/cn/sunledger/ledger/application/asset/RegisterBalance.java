package cn.sunledger.ledger.application.asset;

/**
 * 期初/期末 of a year's register: the opening is the register as of December 31 of the year before, the closing as of
 * December 31 of the year (or today, for the current year), each with its count and Σ原值 and their groups.
 */
public record RegisterBalance(String regionCode, String regionName, int year, RegisterTotals opening,
        RegisterTotals closing) {
}
