package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.application.audit.spi.AuditedRecordType;
import cn.sunledger.ledger.application.internal.AuditedRecordTypes;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.domain.model.project.Project;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A project's history, readable by whoever may read the project (GET /api/projects/{id}). */
@ApplicationScoped
public class ProjectAuditType implements AuditedRecordType {

    @Inject
    ProjectLibrary library;

    @Override
    public String type() {
        return "project";
    }

    @Override
    public Class<?> entity() {
        return Project.class;
    }

    @Override
    public Object readableId(Caller caller, String id) {
        return library.get(caller, AuditedRecordTypes.numericId(id, "project.notFound")).id();
    }
}
