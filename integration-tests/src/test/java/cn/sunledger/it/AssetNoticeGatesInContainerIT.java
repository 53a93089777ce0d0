package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.it.support.MovableClock;
import cn.sunledger.ledger.application.asset.AssetIncomes;
import cn.sunledger.ledger.application.asset.AssetRegister;
import cn.sunledger.ledger.application.asset.AssetView;
import cn.sunledger.ledger.application.notice.DraftRequest;
import cn.sunledger.ledger.application.notice.NoticeView;
import cn.sunledger.ledger.application.notice.Notices;
import cn.sunledger.ledger.application.notice.ObjectionForm;
import cn.sunledger.ledger.application.notice.ObjectionView;
import cn.sunledger.ledger.application.notice.ResolutionForm;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.DisposalStep;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The asset steps that wait for a notice, with this deployment's clock moved past the period instead of waiting ten
 * days. A change of operator is made only as the village proposed it and after its 资产经营主体变更公示 has run. A
 * disposal is completed only after its 资产处置公示 has run (domain.md §7: before disposal). Refused while there is no notice, while the
 * period runs and while an objection is open; then completed, its proceeds posted as the owners' income, and from
 * then on nothing — income, upkeep, status, operation, another disposal — is accepted on the disposed asset.
 */
@ExtendWith(ArquillianExtension.class)
class AssetNoticeGatesInContainerIT {

    private static final Caller CLERK = new Caller("guangming.clerk", "光明村村委会", Role.VILLAGE_CLERK,
            RegionCode.of("532922101201"));
    private static final Caller REVIEWER = new Caller("cangshanxi.reviewer", "苍山西镇审核员", Role.TOWNSHIP_REVIEWER,
            RegionCode.of("532922101000"));
    private static final Caller RURAL = new Caller("yangbi.rural", "漾濞县农业农村局", Role.COUNTY_RURAL_BUREAU,
            RegionCode.of(BareAssets.YANGBI));
    private static final Caller FINANCE = new Caller("yangbi.finance", "漾濞县财政局", Role.COUNTY_FINANCE,
            RegionCode.of(BareAssets.YANGBI));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("asset-notice-gates-it", AssetNoticeGatesInContainerIT.class,
                BareAssets.class, MovableClock.class);
    }

    @Inject
    AssetRegister register;

    @Inject
    AssetIncomes incomes;

    @Inject
    Notices notices;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    @AfterEach
    void realTimeAgain() {
        MovableClock.reset();
    }

    @Test
    void aDisposalIsCompletedOnlyAfterItsNoticeHasRunWithNoOpenObjection() throws SQLException {
        LocalDate today = clock.today();
        long asset = BareAssets.leased(owner, "处置公示测试资产", today.minusDays(200), today.minusDays(200),
                today.plusDays(165));
        AssetView proposed = register.proposeDisposal(RURAL, asset, new Asset.DisposalProposal(DisposalMethod.TRANSFER,
                "经营主体退出，整体转让", Money.parse("52000.00"), "用于村集体巩固衔接项目", "光明村处〔2026〕1号", today));
        long disposal = proposed.disposals().get(0).id();
        register.takeDisposalStep(CLERK, asset, disposal, DisposalStep.VILLAGE_APPROVE, step("光明村村民代表大会决议"));
        register.takeDisposalStep(REVIEWER, asset, disposal, DisposalStep.TOWNSHIP_APPROVE, step("苍山西镇审"));
        register.takeDisposalStep(RURAL, asset, disposal, DisposalStep.COUNTY_APPROVE, step("漾农批"));
        register.takeDisposalStep(FINANCE, asset, disposal, DisposalStep.COUNTY_APPROVE, step("漾财批"));
        Asset.StepTerms completion = new Asset.StepTerms(null, null, Money.parse("51000.00"), null);

        assertEquals("asset.noticeMissing", refusal(() -> complete(asset, disposal, completion)));
        NoticeView draft = notices.draft(RURAL, new DraftRequest("ASSET_DISPOSAL", String.valueOf(disposal), List.of(),
                today, today.plusDays(9)));
        assertTrue(draft.regionCodes().containsAll(List.of("532922101201", "532922101202", BareAssets.VILLAGE)),
                "the owners' villages and their natural villages: " + draft.regionCodes());
        String noticeNo = notices.publish(RURAL, draft.id()).noticeNo();
        assertEquals("asset.noticeRunning", refusal(() -> complete(asset, disposal, completion)));
        ObjectionView objection = notices.recordObjection(CLERK, draft.id(), new ObjectionForm(today, "村民",
                null, "转让价格偏低"));
        MovableClock.advanceDays(10);
        assertEquals("asset.noticeObjections", refusal(() -> complete(asset, disposal, completion)));
        notices.resolveObjection(RURAL, draft.id(), objection.id(), new ResolutionForm("已重新评估，价格公允",
                clock.today()));

        AssetView done = complete(asset, disposal, completion);
        assertEquals(AssetStage.DISPOSED, done.state().stage());
        assertEquals(AssetStatus.DISPOSED, done.state().status());
        assertEquals("51000.00", ownersIncome(asset, "DISPOSAL_PROCEEDS"),
                "the proceeds are the owners' income, posted with the completion after notice " + noticeNo);

        LocalDate later = clock.today();
        for (Supplier<Object> after : List.<Supplier<Object>>of(
                () -> incomes.record(CLERK, asset, new Asset.IncomeReceipt(IncomeKind.RENT, later, "某蔬菜公司",
                        Money.parse("100.00"), "收-D-" + asset, null, null), null),
                () -> register.recordMaintenance(CLERK, asset, new Asset.Upkeep("村集体管护小组", later, "巡查", null,
                        "管护员")),
                () -> register.setStatus(RURAL, asset, new Asset.StatusChange(AssetStatus.NORMAL, null, null, null,
                        later)),
                () -> register.proposeDisposal(RURAL, asset, new Asset.DisposalProposal(DisposalMethod.SCRAP, "再处置",
                        null, null, null, later)))) {
            assertEquals("asset.disposed", refusal(after));
        }
    }

    @Test
    void aNewOperatorIsSetOnlyAsProposedAndAfterItsNoticeHasRun() throws SQLException {
        LocalDate today = clock.today();
        long asset = BareAssets.leased(owner, "经营主体变更测试资产", today.minusDays(100), today.minusDays(100),
                today.plusDays(265));
        AssetView proposed = register.proposeOperatorChange(CLERK, asset, new Asset.OperatorChangeProposal("新蔬菜公司",
                "光明村决〔变更〕1号", today));
        int seq = proposed.history().get(proposed.history().size() - 1).seq();
        Asset.OperationTerms change = new Asset.OperationTerms(OperationMode.LEASE, "新蔬菜公司", today,
                today.plusYears(3), Money.parse("66000.00"), "租赁合同-2", "光明村决〔变更〕1号", "苍山西镇批〔变更〕1号", today);
        assertEquals("asset.noticeMissing", refusal(() -> register.setOperation(RURAL, asset, change)));
        NoticeView draft = notices.draft(RURAL, new DraftRequest("ASSET_OPERATOR_CHANGE", asset + "-" + seq, List.of(),
                today, today.plusDays(9)));
        notices.publish(RURAL, draft.id());
        assertEquals("asset.noticeRunning", refusal(() -> register.setOperation(RURAL, asset, change)));
        MovableClock.advanceDays(10);
        LocalDate later = clock.today();
        Asset.OperationTerms other = new Asset.OperationTerms(OperationMode.LEASE, "未公示的公司", later, null, null, null,
                "光明村决〔变更〕1号", "苍山西镇批〔变更〕1号", later);
        LedgerException unannounced = assertThrows(LedgerException.class, () -> register.setOperation(RURAL, asset,
                other));
        assertEquals("operator", unannounced.violations().get(0).field(), "only the operator the notice announced");
        Asset.OperationTerms noApproval = new Asset.OperationTerms(OperationMode.LEASE, "新蔬菜公司", later, null, null,
                null, "光明村决〔变更〕1号", null, later);
        assertEquals("townshipApprovalRef", assertThrows(LedgerException.class,
                () -> register.setOperation(RURAL, asset, noApproval)).violations().get(0).field());
        AssetView changed = register.setOperation(RURAL, asset, new Asset.OperationTerms(OperationMode.LEASE,
                "新蔬菜公司", later, later.plusYears(3), Money.parse("66000.00"), "租赁合同-2", "光明村决〔变更〕1号",
                "苍山西镇批〔变更〕1号", later));
        assertEquals("新蔬菜公司", changed.state().operator());
        assertEquals("asset.operatorChangeSettled", assertThrows(LedgerException.class, () -> notices.draft(RURAL,
                new DraftRequest("ASSET_OPERATOR_CHANGE", asset + "-" + seq, List.of(), later, later.plusDays(9))))
                .messageKey(), "a settled change is not announced again");
    }

    private AssetView complete(long asset, long disposal, Asset.StepTerms terms) {
        return register.takeDisposalStep(RURAL, asset, disposal, DisposalStep.COMPLETE,
                new Asset.StepTerms(terms.decisionRef(), terms.opinion(), terms.proceeds(), clock.today()));
    }

    private Asset.StepTerms step(String decisionRef) {
        return new Asset.StepTerms(decisionRef, null, null, clock.today());
    }

    private static String refusal(Supplier<Object> step) {
        return assertThrows(LedgerException.class, step::get).messageKey();
    }

    /** Σ credit of the owners' ASSET_INCOME lines of one income kind posted for the asset. */
    private String ownersIncome(long asset, String kind) throws SQLException {
        try (Connection c = owner.getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT SUM(l.credit) FROM journal_line l JOIN asset_income i ON i.entry_no = l.entry_no"
                        + " WHERE l.asset_id = ? AND l.account = 'ASSET_INCOME' AND i.kind = ?")) {
            p.setLong(1, asset);
            p.setString(2, kind);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1) == null ? null : rs.getBigDecimal(1).toPlainString();
            }
        }
    }
}
