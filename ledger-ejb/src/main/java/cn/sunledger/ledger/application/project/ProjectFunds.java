package cn.sunledger.ledger.application.project;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * A project's money as the fund ledger has it (read model, no stored balance): planned beside allocated and disbursed,
 * by fund source, and the journal entries that moved money to or within the project. Checked against the caller's
 * scope like the project itself (VIEW_PROJECTS on its village).
 */
public interface ProjectFunds {

    ProjectMoney of(Caller caller, long projectId);

    /** The entries with a line for the project (allocations, payments and their reversals), oldest first. */
    List<ProjectEntry> entries(Caller caller, long projectId);
}
