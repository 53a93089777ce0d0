package cn.sunledger.ledger.application.notice.spi;

import cn.sunledger.ledger.domain.service.access.Caller;
import java.time.LocalDate;
import java.util.List;

/**
 * One notice type: what it is called and how its content is drawn from the ledger data of a subject. Each
 * part of the ledger (project library, funds, assets, distributions) adds its types as CDI beans
 * implementing this; the engine finds them all and never changes for a new type.
 */
public interface NoticeSource {

    /** The type code of api.md, e.g. POLICY, PROJECT_DECLARATION. */
    String type();

    String chineseName();

    String englishName();

    /** Whether notices of this type run for a notice period (at least 10 days) that later steps wait for. */
    boolean hasPeriod();

    /**
     * The notice's content from the current ledger data of subject {@code subjectId}; throws a NOT_FOUND
     * LedgerException for an unknown subject. {@code caller} is who asks, for scope checks of the subject.
     */
    NoticeContent content(Caller caller, String subjectId);

    /**
     * Where a notice of this subject is posted when the draft request names no regions (domain.md §7: a village
     * notice goes to the village and its natural villages, a county list to the county). Empty: the request
     * must name them. Called after {@link #content}, which has checked the caller's scope.
     */
    default List<String> defaultRegions(Caller caller, String subjectId) {
        return List.of();
    }

    /**
     * Checks that the evidence a notice of this subject quotes is not younger than the notice's period (a
     * 项目申报公示 cannot run from before the village meeting that decided it); throws a RULE LedgerException with
     * the reason. Called when a notice is drafted and again when it is published. Nothing to check by default.
     */
    default void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
    }
}
