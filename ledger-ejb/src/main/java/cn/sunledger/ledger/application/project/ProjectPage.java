package cn.sunledger.ledger.application.project;

import java.util.List;

public record ProjectPage(List<ProjectSummary> items, long total) {
}
