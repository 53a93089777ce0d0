package cn.sunledger.ledger.domain.service.access;

import static cn.sunledger.ledger.domain.model.user.Role.ADMIN;
import static cn.sunledger.ledger.domain.model.user.Role.AUDITOR;
import static cn.sunledger.ledger.domain.model.user.Role.COUNTY_DEPARTMENT;
import static cn.sunledger.ledger.domain.model.user.Role.COUNTY_FINANCE;
import static cn.sunledger.ledger.domain.model.user.Role.COUNTY_RURAL_BUREAU;
import static cn.sunledger.ledger.domain.model.user.Role.PREFECTURE_BUREAU;
import static cn.sunledger.ledger.domain.model.user.Role.TOWNSHIP_REVIEWER;
import static cn.sunledger.ledger.domain.model.user.Role.VILLAGE_CLERK;

import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides whether a caller may take an action on a record: the caller's role must be
 * allowed the action, and the record's region must lie in the caller's home subtree. REST resources, Faces
 * views and application services all ask here, so the UI never offers what the API would refuse.
 */
public final class AccessPolicy {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Map<Action, Set<Role>> ALLOWED = new EnumMap<>(Action.class);

    static {
        ALLOWED.put(Action.VIEW_REGIONS, EVERY_ROLE);
        ALLOWED.put(Action.IMPORT_REGIONS, EnumSet.of(ADMIN));
        ALLOWED.put(Action.VIEW_USERS, EnumSet.of(ADMIN, AUDITOR));
        ALLOWED.put(Action.MANAGE_USERS, EnumSet.of(ADMIN));
        // the working-day calendar (法定节假日, 调休上班): deadlines are counted on it, the admin keeps it
        ALLOWED.put(Action.VIEW_CALENDAR, EVERY_ROLE);
        ALLOWED.put(Action.MAINTAIN_CALENDAR, EnumSet.of(ADMIN));
        ALLOWED.put(Action.VIEW_NOTICES, EVERY_ROLE);
        ALLOWED.put(Action.DRAFT_NOTICE, EnumSet.of(COUNTY_RURAL_BUREAU, COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.PUBLISH_NOTICE, EnumSet.of(COUNTY_RURAL_BUREAU, COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.RECORD_POSTING, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU,
                COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.RECORD_OBJECTION, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU,
                PREFECTURE_BUREAU));
        ALLOWED.put(Action.RESOLVE_OBJECTION, EnumSet.of(TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU, PREFECTURE_BUREAU));
        ALLOWED.put(Action.MANAGE_POLICY_DOCUMENTS, EnumSet.of(COUNTY_RURAL_BUREAU, PREFECTURE_BUREAU));
        // Project library (domain.md §1 and §3): the village proposes, the township reviews, the county
        // department appraises, the county rural bureau runs the library, the prefecture gives final approval.
        ALLOWED.put(Action.VIEW_PROJECTS, EVERY_ROLE);
        ALLOWED.put(Action.DRAFT_PROJECT, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.SUBMIT_PROJECT, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.DECLARE_PROJECT, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.TOWNSHIP_APPROVE_PROJECT, EnumSet.of(TOWNSHIP_REVIEWER));
        ALLOWED.put(Action.DEPARTMENT_APPROVE_PROJECT, EnumSet.of(COUNTY_DEPARTMENT));
        ALLOWED.put(Action.COUNTY_APPROVE_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.PREFECTURE_APPROVE_PROJECT, EnumSet.of(PREFECTURE_BUREAU));
        ALLOWED.put(Action.PLAN_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.START_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.COMPLETE_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.ACCEPT_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        // any reviewer of the chain may send a project back to its village with an opinion
        ALLOWED.put(Action.RETURN_PROJECT, EnumSet.of(TOWNSHIP_REVIEWER, COUNTY_DEPARTMENT, COUNTY_RURAL_BUREAU,
                PREFECTURE_BUREAU));
        ALLOWED.put(Action.REMOVE_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        // 调整: the county rural bureau proposes; the approver who put the project into the library decides
        // (the prefecture bureau, or the county rural bureau where there was no prefecture approval): the roles
        // here are those that may ever decide, LibraryApprover narrows it to the one of the project.
        ALLOWED.put(Action.PROPOSE_PROJECT_ADJUSTMENT, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.ADJUST_PROJECT, EnumSet.of(PREFECTURE_BUREAU, COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.ROLL_OVER_PROJECT, EnumSet.of(COUNTY_RURAL_BUREAU));
        // Fund ledger (domain.md §4): the finance bureau of the county (of the prefecture, for its own documents)
        // keeps the journal; everyone in the region may read it, auditors included.
        ALLOWED.put(Action.VIEW_FUNDS, EVERY_ROLE);
        ALLOWED.put(Action.RECORD_FUND_DOCUMENT, EnumSet.of(COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.ALLOCATE_FUNDS, EnumSet.of(COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.DISBURSE_FUNDS, EnumSet.of(COUNTY_FINANCE));
        ALLOWED.put(Action.REVERSE_ENTRY, EnumSet.of(COUNTY_FINANCE, PREFECTURE_BUREAU));
        ALLOWED.put(Action.CLOSE_PERIOD, EnumSet.of(COUNTY_FINANCE, PREFECTURE_BUREAU));
        // Fund report targets (产业发展 share, 项目管理费 caps): the county's finance bureau for its county, the
        // prefecture bureau for the prefecture and its counties, the administrator.
        ALLOWED.put(Action.SET_REPORT_TARGETS, EnumSet.of(COUNTY_FINANCE, PREFECTURE_BUREAU, ADMIN));
        // --- asset register (issue 11; domain.md §5) ---
        // Every staff role reads the register of its region. The county rural bureau keeps it (登记, 确权, records the
        // 移交书 the implementing unit signs, 运营, 状态/四个一批); the receiving owner's side confirms receipt (the
        // asset narrows the three roles to the one of its owner level: OwnerLevel.receivingRole); the village keeps
        // the 管护台账 too. Disposal: proposed by the village or the county rural bureau; 村民代表大会 recorded by the
        // village clerk, 乡镇审核 by the township reviewer; the county's approval needs both the rural bureau
        // (县农业农村) and the finance bureau (财政), each signing once; the rural bureau completes it; any approver
        // of the chain may return it with an opinion.
        ALLOWED.put(Action.VIEW_ASSETS, EVERY_ROLE);
        ALLOWED.put(Action.REGISTER_ASSET, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.CONFIRM_ASSET_OWNERSHIP, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.SIGN_ASSET_HANDOVER, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.CONFIRM_ASSET_HANDOVER, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.SET_ASSET_OPERATION, EnumSet.of(COUNTY_RURAL_BUREAU));
        // the village's decision to change the operator, recorded by its clerk or the county bureau (as a disposal's)
        ALLOWED.put(Action.PROPOSE_ASSET_OPERATOR_CHANGE, EnumSet.of(COUNTY_RURAL_BUREAU, VILLAGE_CLERK));
        ALLOWED.put(Action.RECORD_ASSET_MAINTENANCE, EnumSet.of(COUNTY_RURAL_BUREAU, VILLAGE_CLERK));
        // the village's books are kept by the village or, 村账乡代管, by the township's 农经站
        ALLOWED.put(Action.RECORD_ASSET_INCOME, EnumSet.of(COUNTY_RURAL_BUREAU, TOWNSHIP_REVIEWER, VILLAGE_CLERK));
        ALLOWED.put(Action.SET_ASSET_STATUS, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.PROPOSE_ASSET_DISPOSAL, EnumSet.of(COUNTY_RURAL_BUREAU, VILLAGE_CLERK));
        ALLOWED.put(Action.VILLAGE_APPROVE_ASSET_DISPOSAL, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.TOWNSHIP_APPROVE_ASSET_DISPOSAL, EnumSet.of(TOWNSHIP_REVIEWER));
        ALLOWED.put(Action.COUNTY_APPROVE_ASSET_DISPOSAL, EnumSet.of(COUNTY_RURAL_BUREAU, COUNTY_FINANCE));
        ALLOWED.put(Action.COMPLETE_ASSET_DISPOSAL, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.RETURN_ASSET_DISPOSAL, EnumSet.of(TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU, COUNTY_FINANCE));
        // photos and documents (照片与资料) by those who keep the asset's record and take most of its steps: the county
        // rural bureau, and the village clerk for its own village's assets (the region test narrows it)
        ALLOWED.put(Action.ATTACH_ASSET_FILE, EnumSet.of(COUNTY_RURAL_BUREAU, VILLAGE_CLERK));
        // --- household register (issue 12 item 1; domain.md §6) ---
        // Personal data, so fewer readers than the other registers: those who keep it or act on it (the village, the
        // township that reviews distribution plans, the county rural bureau that identifies 监测户, the finance bureau
        // that pays households, the prefecture's oversight) and auditors; not the county departments nor the
        // administrator. The village registers its households, the county rural bureau too. A category change
        // (纳入/消除监测) is the county rural bureau's decision. Only the county rural bureau may see a whole ID
        // number (to check a person against other registers), and every reveal is recorded.
        ALLOWED.put(Action.VIEW_HOUSEHOLDS, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU,
                COUNTY_FINANCE, PREFECTURE_BUREAU, AUDITOR));
        ALLOWED.put(Action.REGISTER_HOUSEHOLD, EnumSet.of(VILLAGE_CLERK, COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.CHANGE_HOUSEHOLD_CATEGORY, EnumSet.of(COUNTY_RURAL_BUREAU));
        ALLOWED.put(Action.REVEAL_HOUSEHOLD_ID, EnumSet.of(COUNTY_RURAL_BUREAU));
        // who looked: those who may look, and the auditors who check them
        ALLOWED.put(Action.VIEW_HOUSEHOLD_REVEALS, EnumSet.of(COUNTY_RURAL_BUREAU, AUDITOR));
        // the monitoring line is a public figure of the county's policy
        ALLOWED.put(Action.VIEW_MONITORING_LINES, EVERY_ROLE);
        ALLOWED.put(Action.SET_MONITORING_LINE, EnumSet.of(COUNTY_RURAL_BUREAU, ADMIN));
        // --- income distribution (issue 12 items 2-4; domain.md §6) ---
        // A plan names households, so it is read by those who read the household register. The village drafts it
        // and records its four meetings (四议两公开) and submits it; the township reviewer of its township approves or
        // returns it; the village pays the lines, or the township's 农经站 where it keeps the village's books
        // (村账乡代管, as for asset income).
        ALLOWED.put(Action.VIEW_DISTRIBUTIONS, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER, COUNTY_RURAL_BUREAU,
                COUNTY_FINANCE, PREFECTURE_BUREAU, AUDITOR));
        ALLOWED.put(Action.DRAFT_DISTRIBUTION, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.RECORD_DISTRIBUTION_MEETING, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.SUBMIT_DISTRIBUTION, EnumSet.of(VILLAGE_CLERK));
        ALLOWED.put(Action.APPROVE_DISTRIBUTION, EnumSet.of(TOWNSHIP_REVIEWER));
        ALLOWED.put(Action.RETURN_DISTRIBUTION, EnumSet.of(TOWNSHIP_REVIEWER));
        ALLOWED.put(Action.PAY_DISTRIBUTION, EnumSet.of(VILLAGE_CLERK, TOWNSHIP_REVIEWER));
        for (Action action : Action.values()) {
            if (!ALLOWED.containsKey(action)) {
                throw new IllegalStateException("no access rule for " + action);
            }
        }
    }

    private AccessPolicy() {
    }

    /** May the role take this action at all, anywhere? (Used to show or hide menu items and buttons.) */
    public static boolean roleMay(Role role, Action action) {
        return ALLOWED.get(action).contains(role);
    }

    /** May the caller take this action on a record of region {@code target}? */
    public static boolean permits(Caller caller, Action action, RegionCode target) {
        return roleMay(caller.role(), action) && caller.homeRegion().contains(target);
    }

    /** As {@link #permits}, throwing a 403-kind refusal that says why. */
    public static void require(Caller caller, Action action, RegionCode target) {
        if (!roleMay(caller.role(), action)) {
            throw LedgerException.forbidden("access.roleRefused", caller.role().name(), action.name());
        }
        if (!caller.homeRegion().contains(target)) {
            throw LedgerException.forbidden("access.outsideRegion", target.value(), caller.homeRegion().value());
        }
    }

    /** As {@link #require} for actions that concern the caller's whole scope rather than one record. */
    public static void require(Caller caller, Action action) {
        require(caller, action, caller.homeRegion());
    }
}
