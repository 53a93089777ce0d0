package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.internal.project.ProjectStore;
import cn.sunledger.ledger.application.project.ProjectEntry;
import cn.sunledger.ledger.application.project.ProjectFunds;
import cn.sunledger.ledger.application.project.ProjectMoney;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** {@link ProjectFunds} from the journal's lines of the project beside its planned shares; nothing is stored. */
@ApplicationScoped
@Transactional
public class JournalProjectFunds implements ProjectFunds {

    @Inject
    ProjectStore projects;

    @Inject
    JournalStore journal;

    @Override
    public ProjectMoney of(Caller caller, long projectId) {
        Project p = visible(caller, projectId);
        List<ProjectMoney.Posted> posted = journal.projectBySource(projectId).stream()
                .map(r -> new ProjectMoney.Posted(FundSource.valueOf(r.source()), r.allocated(), r.paid())).toList();
        return ProjectMoney.of(p.plannedInvestment(), posted);
    }

    @Override
    public List<ProjectEntry> entries(Caller caller, long projectId) {
        visible(caller, projectId);
        return journal.projectEntries(projectId);
    }

    private Project visible(Caller caller, long projectId) {
        Project p = projects.find(projectId);
        AccessPolicy.require(caller, Action.VIEW_PROJECTS, p.village());
        return p;
    }
}
