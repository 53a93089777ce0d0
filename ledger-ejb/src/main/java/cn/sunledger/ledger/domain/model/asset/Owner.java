package cn.sunledger.ledger.domain.model.asset;

import java.math.BigDecimal;

/** 产权主体: an owning entity (a 股份经济合作社, a township, a household …), its region if it has one, its share. */
public record Owner(String entityName, String regionCode, BigDecimal share) {
}
