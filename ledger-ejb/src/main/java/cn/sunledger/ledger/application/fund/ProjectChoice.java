package cn.sunledger.ledger.application.fund;

import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import java.io.Serializable;

/** A project a fund document may be allocated to, as the allocation picker offers it. */
public record ProjectChoice(long id, String code, String name, String villageCode, ProjectStatus status)
        implements Serializable {
}
