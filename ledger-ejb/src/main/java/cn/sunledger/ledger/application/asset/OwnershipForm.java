package cn.sunledger.ledger.application.asset;

import cn.sunledger.ledger.domain.model.asset.Owner;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import java.time.LocalDate;
import java.util.List;

/** 确权: level and owners may be left out for the default (谁主管谁负责: the villages' 股份经济合作社). */
public record OwnershipForm(OwnerLevel ownerLevel, List<Owner> owners, String supervisingDepartment,
        String decisionRef, LocalDate confirmedOn) {
}
