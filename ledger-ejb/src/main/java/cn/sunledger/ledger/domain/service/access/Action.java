package cn.sunledger.ledger.domain.service.access;

/**
 * Everything a staff user may be allowed to do. Each part of the ledger adds its actions here and its
 * row in {@link AccessPolicy}; nothing else decides who may do what.
 */
public enum Action {
    VIEW_REGIONS,
    IMPORT_REGIONS,
    VIEW_USERS,
    MANAGE_USERS,
    VIEW_CALENDAR,
    MAINTAIN_CALENDAR,
    VIEW_NOTICES,
    DRAFT_NOTICE,
    PUBLISH_NOTICE,
    RECORD_POSTING,
    RECORD_OBJECTION,
    RESOLVE_OBJECTION,
    MANAGE_POLICY_DOCUMENTS,
    VIEW_PROJECTS,
    DRAFT_PROJECT,
    SUBMIT_PROJECT,
    DECLARE_PROJECT,
    TOWNSHIP_APPROVE_PROJECT,
    DEPARTMENT_APPROVE_PROJECT,
    COUNTY_APPROVE_PROJECT,
    PREFECTURE_APPROVE_PROJECT,
    PLAN_PROJECT,
    START_PROJECT,
    COMPLETE_PROJECT,
    ACCEPT_PROJECT,
    RETURN_PROJECT,
    REMOVE_PROJECT,
    PROPOSE_PROJECT_ADJUSTMENT,
    ADJUST_PROJECT,
    ROLL_OVER_PROJECT,
    VIEW_FUNDS,
    RECORD_FUND_DOCUMENT,
    ALLOCATE_FUNDS,
    DISBURSE_FUNDS,
    REVERSE_ENTRY,
    CLOSE_PERIOD,
    SET_REPORT_TARGETS,
    // --- asset register (issue 11) ---
    VIEW_ASSETS,
    REGISTER_ASSET,
    CONFIRM_ASSET_OWNERSHIP,
    SIGN_ASSET_HANDOVER,
    CONFIRM_ASSET_HANDOVER,
    SET_ASSET_OPERATION,
    PROPOSE_ASSET_OPERATOR_CHANGE,
    RECORD_ASSET_MAINTENANCE,
    RECORD_ASSET_INCOME,
    SET_ASSET_STATUS,
    PROPOSE_ASSET_DISPOSAL,
    VILLAGE_APPROVE_ASSET_DISPOSAL,
    TOWNSHIP_APPROVE_ASSET_DISPOSAL,
    COUNTY_APPROVE_ASSET_DISPOSAL,
    COMPLETE_ASSET_DISPOSAL,
    RETURN_ASSET_DISPOSAL,
    ATTACH_ASSET_FILE,
    // --- household register (issue 12 item 1) ---
    VIEW_HOUSEHOLDS,
    REGISTER_HOUSEHOLD,
    CHANGE_HOUSEHOLD_CATEGORY,
    REVEAL_HOUSEHOLD_ID,
    VIEW_HOUSEHOLD_REVEALS,
    VIEW_MONITORING_LINES,
    SET_MONITORING_LINE,
    // --- income distribution (issue 12 items 2-4) ---
    VIEW_DISTRIBUTIONS,
    DRAFT_DISTRIBUTION,
    RECORD_DISTRIBUTION_MEETING,
    SUBMIT_DISTRIBUTION,
    APPROVE_DISTRIBUTION,
    RETURN_DISTRIBUTION,
    PAY_DISTRIBUTION;

    /** The access-policy action for a step of the project approval chain: SUBMIT → SUBMIT_PROJECT. */
    public static Action forProject(cn.sunledger.ledger.domain.model.project.ProjectAction action) {
        return valueOf(action.name() + "_PROJECT");
    }

    /** The access-policy action for a step of a distribution plan's flow: APPROVE → APPROVE_DISTRIBUTION. */
    public static Action forDistribution(cn.sunledger.ledger.domain.model.distribution.PlanAction action) {
        return valueOf(action.name() + "_DISTRIBUTION");
    }

    /** The access-policy action for a step of an asset disposal's chain: COUNTY_APPROVE → COUNTY_APPROVE_ASSET_DISPOSAL. */
    public static Action forDisposal(cn.sunledger.ledger.domain.model.asset.DisposalStep step) {
        return valueOf(step.name() + "_ASSET_DISPOSAL");
    }
}
