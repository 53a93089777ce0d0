package cn.sunledger.ledger.domain.model.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The asset's state machine on its own: stages, order of the disposal chain, dates, nothing after disposal. */
class AssetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Actor RURAL = actor("yangbi.rural", Role.COUNTY_RURAL_BUREAU);
    private static final Actor FINANCE = actor("yangbi.finance", Role.COUNTY_FINANCE);
    private static final Actor CLERK = actor("guangming.clerk", Role.VILLAGE_CLERK);
    private static final Actor REVIEWER = actor("cangshanxi.reviewer", Role.TOWNSHIP_REVIEWER);

    @Test
    void walksFromRegistrationThroughHandoverOperationAndDisposal() {
        Asset a = handedOver();
        assertEquals(AssetStage.HANDED_OVER, a.stage());
        a.setOperation(new Asset.OperationTerms(OperationMode.LEASE, "某农业公司", day(5), day(5).plusYears(5),
                Money.parse("60000.00"), "合同-1", null, null, day(5)), RURAL);
        assertEquals(AssetStatus.NORMAL, a.state().status());
        a.recordUpkeep(new Asset.Upkeep("光明村股份经济合作社", day(6), "更换棚膜", Money.parse("3200.00"), "张三"), CLERK);
        a.setStatus(new Asset.StatusChange(AssetStatus.IDLE, FourBatch.REVITALIZE, "引进新经营主体", null, day(7)), RURAL);
        Disposal d = a.proposeDisposal(new Asset.DisposalProposal(DisposalMethod.AUCTION, "闲置", Money.parse("500000.00"),
                "用于巩固衔接", null, day(8)), RURAL);
        d.stored(7);
        a.takeDisposalStep(7, DisposalStep.VILLAGE_APPROVE, step("村民代表大会决议-1", day(8)), CLERK);
        a.takeDisposalStep(7, DisposalStep.TOWNSHIP_APPROVE, step("乡审-1", day(9)), REVIEWER);
        a.takeDisposalStep(7, DisposalStep.COUNTY_APPROVE, step("县农-1", day(9)), RURAL);
        assertEquals(DisposalStatus.TOWNSHIP_APPROVED, d.status(), "one county signature is not enough");
        a.takeDisposalStep(7, DisposalStep.COUNTY_APPROVE, step("县财-1", day(10)), FINANCE);
        assertEquals(DisposalStatus.COUNTY_APPROVED, d.status());
        a.takeDisposalStep(7, DisposalStep.COMPLETE, new Asset.StepTerms(null, null, Money.parse("480000.00"), day(10)),
                RURAL);
        assertEquals(AssetStage.DISPOSED, a.stage());
        assertEquals(AssetStatus.DISPOSED, a.state().status());
        List<AssetEventKind> kinds = a.recorded().stream().map(AssetEvent::kind).toList();
        assertEquals(List.of(AssetEventKind.REGISTERED, AssetEventKind.OWNERSHIP_CONFIRMED,
                AssetEventKind.HANDOVER_SIGNED, AssetEventKind.HANDOVER_CONFIRMED, AssetEventKind.OPERATION_SET,
                AssetEventKind.MAINTENANCE, AssetEventKind.STATUS_SET, AssetEventKind.DISPOSAL_PROPOSED,
                AssetEventKind.DISPOSAL_VILLAGE_APPROVED, AssetEventKind.DISPOSAL_TOWNSHIP_APPROVED,
                AssetEventKind.DISPOSAL_COUNTY_APPROVED, AssetEventKind.DISPOSAL_COUNTY_APPROVED,
                AssetEventKind.DISPOSAL_COMPLETED), kinds);
        assertEquals("某农业公司", a.recorded().get(4).details().get("operator"));
        assertEquals(13, a.recorded().get(12).seq());
    }

    @Test
    void nothingIsRecordedOnADisposedAsset() {
        Asset a = disposed();
        List<Consumer<Asset>> steps = List.of(
                x -> x.recordUpkeep(new Asset.Upkeep(null, day(12), "巡查", null, "张三"), CLERK),
                x -> x.setStatus(new Asset.StatusChange(AssetStatus.NORMAL, null, null, null, day(12)), RURAL),
                x -> x.setOperation(new Asset.OperationTerms(OperationMode.SELF, null, null, null, null, null, null,
                        null, day(12)), RURAL),
                x -> x.proposeDisposal(new Asset.DisposalProposal(DisposalMethod.SCRAP, "再处置", null, null, null,
                        day(12)), RURAL),
                x -> x.takeDisposalStep(7, DisposalStep.RETURN, new Asset.StepTerms(null, "退回", null, day(12)), RURAL),
                x -> x.confirmOwnership(ownership(day(12)), RURAL),
                x -> x.recordIncome(rent("100.00", day(12)), CLERK));
        for (Consumer<Asset> step : steps) {
            LedgerException e = assertThrows(LedgerException.class, () -> step.accept(a));
            assertEquals(LedgerException.Kind.CONFLICT, e.kind());
            assertEquals("asset.disposed", e.messageKey());
        }
    }

    @Test
    void disposalStepsOnlyInTheirOrder() {
        Asset a = handedOver();
        Disposal d = a.proposeDisposal(new Asset.DisposalProposal(DisposalMethod.SCRAP, "损毁", null, null, null,
                day(5)), RURAL);
        d.stored(3);
        for (DisposalStep skipped : List.of(DisposalStep.TOWNSHIP_APPROVE, DisposalStep.COUNTY_APPROVE,
                DisposalStep.COMPLETE)) {
            LedgerException e = assertThrows(LedgerException.class,
                    () -> a.takeDisposalStep(3, skipped, step("x", day(5)), RURAL));
            assertEquals("asset.disposalStepOutOfOrder", e.messageKey(), skipped.name());
            assertEquals(409, e.kind().status());
        }
        a.takeDisposalStep(3, DisposalStep.VILLAGE_APPROVE, step("决议", day(5)), CLERK);
        assertThrows(LedgerException.class, () -> a.takeDisposalStep(3, DisposalStep.VILLAGE_APPROVE,
                step("决议", day(5)), CLERK), "not twice");
        a.takeDisposalStep(3, DisposalStep.TOWNSHIP_APPROVE, step("乡审", day(5)), REVIEWER);
        a.takeDisposalStep(3, DisposalStep.COUNTY_APPROVE, step("县财", day(5)), FINANCE);
        LedgerException twice = assertThrows(LedgerException.class,
                () -> a.takeDisposalStep(3, DisposalStep.COUNTY_APPROVE, step("县财", day(5)), FINANCE));
        assertEquals("asset.countySideApproved", twice.messageKey());
        assertEquals(409, twice.kind().status());
        a.takeDisposalStep(3, DisposalStep.RETURN, new Asset.StepTerms(null, "评估价偏低", null, day(6)), RURAL);
        assertEquals(DisposalStatus.RETURNED, d.status());
        assertEquals(AssetStage.HANDED_OVER, a.stage(), "a returned disposal leaves the asset as it was");
        a.proposeDisposal(new Asset.DisposalProposal(DisposalMethod.SCRAP, "重新评估后报废", null, null, null, day(7)),
                RURAL);
    }

    @Test
    void stepsOutOfStageAreConflicts() {
        Asset a = registered();
        LedgerException early = assertThrows(LedgerException.class, () -> a.signHandover(handover(day(2)), RURAL));
        assertEquals("asset.wrongStage", early.messageKey());
        assertEquals(409, early.kind().status());
        assertThrows(LedgerException.class, () -> a.setOperation(new Asset.OperationTerms(OperationMode.SELF, null,
                null, null, null, null, null, null, day(2)), RURAL));
        a.confirmOwnership(ownership(day(1)), RURAL);
        a.signHandover(handover(day(2))
                , RURAL).stored(1);
        assertThrows(LedgerException.class, () -> a.recordUpkeep(new Asset.Upkeep("合作社", day(3), "巡查", null,
                "张三"), CLERK), "not before the owner has confirmed receipt");
        assertThrows(LedgerException.class, () -> a.confirmOwnership(ownership(day(3)), RURAL),
                "no 确权 once the 移交书 is signed");
    }

    @Test
    void onlyTheReceivingOwnersRoleConfirmsAHandover() {
        Asset a = registered();
        a.confirmOwnership(ownership(day(1)), RURAL);
        a.signHandover(handover(day(2)), RURAL).stored(4);
        LedgerException e = assertThrows(LedgerException.class, () -> a.confirmHandover(4, null, day(3), RURAL));
        assertEquals(403, e.kind().status());
        assertEquals(AssetStage.HANDOVER_SIGNED, a.stage());
        a.confirmHandover(4, "已接收", day(3), CLERK);
        assertEquals(AssetStage.HANDED_OVER, a.stage());
        assertTrue(a.handover().isConfirmed());
    }

    @Test
    void datesNeitherInTheFutureNorBeforeThePreviousEvent() {
        Asset a = registered();
        LedgerException future = assertThrows(LedgerException.class,
                () -> a.confirmOwnership(ownership(TODAY.plusDays(1)), RURAL));
        assertEquals("asset.dateInFuture", future.messageKey());
        assertEquals(422, future.kind().status());
        assertEquals("confirmedOn", future.violations().get(0).field());
        LedgerException before = assertThrows(LedgerException.class,
                () -> a.confirmOwnership(ownership(day(0).minusDays(1)), RURAL));
        assertEquals("asset.dateBeforePrevious", before.messageKey());
        assertEquals(422, before.kind().status());
        assertEquals(1, a.recorded().size(), "nothing recorded by the refused steps");
    }

    @Test
    void sharesMustSumToOne() {
        assertThrows(LedgerException.class, () -> Asset.requireShares("sourceProjects",
                List.of(new BigDecimal("0.5"), new BigDecimal("0.4"))));
        assertThrows(LedgerException.class, () -> Asset.requireShares("sourceProjects",
                List.of(new BigDecimal("0.33333"), new BigDecimal("0.66667"))), "four decimals at most");
        assertThrows(LedgerException.class, () -> Asset.requireShares("sourceProjects",
                List.of(new BigDecimal("1.5"), new BigDecimal("-0.5"))));
        Asset.requireShares("sourceProjects", List.of(new BigDecimal("0.6"), new BigDecimal("0.4000")));
    }

    @Test
    void aChangeOfOperatorNeedsTheVillageDecisionAndTownshipApproval() {
        Asset a = handedOver();
        a.setOperation(new Asset.OperationTerms(OperationMode.LEASE, "甲公司", null, null, null, null, null, null,
                day(5)), RURAL);
        LedgerException e = assertThrows(LedgerException.class, () -> a.setOperation(new Asset.OperationTerms(
                OperationMode.LEASE, "乙公司", null, null, null, null, null, null, day(6)), RURAL));
        assertEquals("villageDecisionRef", e.violations().get(0).field());
        LedgerException t = assertThrows(LedgerException.class, () -> a.setOperation(new Asset.OperationTerms(
                OperationMode.LEASE, "乙公司", null, null, null, null, "决议-2", null, day(6)), RURAL));
        assertEquals("townshipApprovalRef", t.violations().get(0).field());
        a.setOperation(new Asset.OperationTerms(OperationMode.LEASE, "乙公司", null, null, null, null, "决议-2",
                "乡批-2", day(6)), RURAL);
        assertEquals("乙公司", a.state().operator());
        LedgerException disposed = assertThrows(LedgerException.class, () -> a.setStatus(new Asset.StatusChange(
                AssetStatus.DISPOSED, null, null, null, day(6)), RURAL));
        assertEquals(422, disposed.kind().status());
        assertNull(a.state().fourBatch());
    }

    @Test
    void aNewOperatorIsProposedByTheVillagesDecisionOnlyForAnOperatedAssetAndOnlyIfItDiffers() {
        Asset a = handedOver();
        LedgerException nobody = assertThrows(LedgerException.class, () -> a.proposeOperatorChange(
                new Asset.OperatorChangeProposal("乙公司", "决议-2", day(5)), CLERK));
        assertEquals("asset.noOperatorToChange", nobody.messageKey());
        a.setOperation(new Asset.OperationTerms(OperationMode.LEASE, "甲公司", null, null, null, null, null, null,
                day(5)), RURAL);
        LedgerException same = assertThrows(LedgerException.class, () -> a.proposeOperatorChange(
                new Asset.OperatorChangeProposal(" 甲公司 ", "决议-2", day(6)), CLERK));
        assertEquals("operator", same.violations().get(0).field());
        LedgerException undecided = assertThrows(LedgerException.class, () -> a.proposeOperatorChange(
                new Asset.OperatorChangeProposal("乙公司", " ", day(6)), CLERK));
        assertEquals("villageDecisionRef", undecided.violations().get(0).field());
        LedgerException early = assertThrows(LedgerException.class, () -> a.proposeOperatorChange(
                new Asset.OperatorChangeProposal("乙公司", "决议-2", day(4)), CLERK));
        assertEquals("proposedOn", early.violations().get(0).field());
        AssetEvent proposal = a.proposeOperatorChange(new Asset.OperatorChangeProposal("乙公司", "决议-2", day(6)), CLERK);
        assertEquals(AssetEventKind.OPERATOR_CHANGE_PROPOSED, proposal.kind());
        assertEquals("乙公司", proposal.details().get("operator"));
        assertEquals("甲公司", proposal.details().get("previousOperator"));
        assertEquals("决议-2", proposal.documentRef());
        assertEquals("甲公司", a.state().operator(), "a proposal changes nothing until the operation is set");
        assertEquals(day(6), a.state().lastEventOn());
    }

    @Test
    void incomeIsRecordedOnAHandedOverAssetAndFallsToItsOwnersByShareToTheFen() {
        Asset a = registered();
        LedgerException early = assertThrows(LedgerException.class, () -> a.recordIncome(rent("100.00", day(1)), CLERK));
        assertEquals("asset.wrongStage", early.messageKey());
        a.confirmOwnership(new Asset.OwnershipTerms(OwnerLevel.VILLAGE, List.of(
                new Owner("光明村股份经济合作社", "532922101201", new BigDecimal("0.6")),
                new Owner("白章村股份经济合作社", "532922101202", new BigDecimal("0.4"))), "漾濞县农业农村局", null, day(1)),
                RURAL);
        a.signHandover(handover(day(2)), RURAL).stored(1);
        a.confirmHandover(1, null, day(3), CLERK);
        a.recordIncome(rent("100.01", day(4)), CLERK);
        AssetEvent income = a.recorded().get(a.recorded().size() - 1);
        assertEquals(AssetEventKind.INCOME_RECORDED, income.kind());
        assertEquals("收-001", income.documentRef());
        assertEquals("100.01", income.details().get("amount"));
        List<Map.Entry<Owner, Money>> parts = a.incomeShares(Money.parse("100.01"));
        assertEquals(List.of(Money.parse("60.01"), Money.parse("40.00")), parts.stream().map(Map.Entry::getValue).toList(),
                "60% of 100.01 is 60.006, to the fen 60.01; the last owner takes the rest");
        assertEquals("白章村股份经济合作社", parts.get(1).getKey().entityName());
    }

    @Test
    void aHouseholdOfTheRegisterOwnsOnlyAtTheHouseholdLevelAndEveryOwnerHasAName() {
        Asset a = registered();
        Owner household = new Owner("李四", null, BigDecimal.ONE, 7L, "532922101201-0007");
        LedgerException village = assertThrows(LedgerException.class, () -> a.confirmOwnership(
                new Asset.OwnershipTerms(OwnerLevel.VILLAGE, List.of(household), "漾濞县农业农村局", null, day(1)), RURAL));
        assertEquals("owners[0].householdId", village.violations().get(0).field());
        assertEquals("asset.householdOnlyAtHouseholdLevel", village.messageKey());
        LedgerException nameless = assertThrows(LedgerException.class, () -> a.confirmOwnership(
                new Asset.OwnershipTerms(OwnerLevel.HOUSEHOLD, List.of(new Owner(" ", null, BigDecimal.ONE)),
                        "漾濞县农业农村局", null, day(1)), RURAL));
        assertEquals("owners[0].entityName", nameless.violations().get(0).field());
        assertEquals(AssetStage.REGISTERED, a.state().stage(), "a refused 确权 changes nothing");

        a.confirmOwnership(new Asset.OwnershipTerms(OwnerLevel.HOUSEHOLD, List.of(household), "漾濞县农业农村局", null,
                day(1)), RURAL);
        assertEquals(7L, a.owners().get(0).householdId());
        assertEquals("李四（532922101201-0007） 1", a.recorded().get(a.recorded().size() - 1).details().get("owner.0"),
                "the history names the household by its number, which is no personal data");
    }

    @Test
    void anOwnerNamedAsTheRegisterNamesItsHouseholdKeepsATypedName() {
        Owner picked = new Owner(null, null, BigDecimal.ONE, 7L, null);
        assertEquals(new Owner("李四", null, BigDecimal.ONE, 7L, "532922101201-0007"),
                picked.ofHousehold("532922101201-0007", "李四"));
        assertEquals("李四家", new Owner("李四家", null, BigDecimal.ONE, 7L, null)
                .ofHousehold("532922101201-0007", "李四").entityName());
    }

    @Test
    void anIncomeNamesItsPayerReceiptAndAPositiveAmount() {
        Asset a = handedOver();
        for (var bad : List.of(Map.entry("payer", new Asset.IncomeReceipt(IncomeKind.RENT, day(4), " ", Money.parse("1.00"),
                        "收-1", null, null)),
                Map.entry("amount", new Asset.IncomeReceipt(IncomeKind.RENT, day(4), "某公司", Money.ZERO, "收-1", null,
                        null)),
                Map.entry("receiptNo", new Asset.IncomeReceipt(IncomeKind.RENT, day(4), "某公司", Money.parse("1.00"), "",
                        null, null)),
                Map.entry("periodTo", new Asset.IncomeReceipt(IncomeKind.RENT, day(4), "某公司", Money.parse("1.00"),
                        "收-1", day(4), day(3))),
                Map.entry("receivedOn", new Asset.IncomeReceipt(IncomeKind.RENT, day(2), "某公司", Money.parse("1.00"),
                        "收-1", null, null)))) {
            LedgerException e = assertThrows(LedgerException.class, () -> a.recordIncome(bad.getValue(), CLERK));
            assertEquals(bad.getKey(), e.violations().get(0).field(), e.messageKey());
        }
    }

    private static Asset.IncomeReceipt rent(String amount, LocalDate on) {
        return new Asset.IncomeReceipt(IncomeKind.RENT, on, "某蔬菜种植专业合作社", Money.parse(amount), "收-001", null, null);
    }

    static Asset registered() {
        return Asset.form("2026-532922-ZC0001", "蔬菜大棚", AssetClass.OPERATING, "OP-BASE", new BigDecimal("40"), "亩",
                RegionCode.of("532922101201001"), day(0), Money.parse("986500.00"), false,
                List.of(new SourceShare(42, BigDecimal.ONE)),
                List.of(new ValuePart(42, FundSource.CENTRAL_LINKAGE, Money.parse("986500.00"))), RURAL);
    }

    static Asset handedOver() {
        Asset a = registered();
        a.confirmOwnership(ownership(day(1)), RURAL);
        a.signHandover(handover(day(2)), RURAL).stored(1);
        a.confirmHandover(1, null, day(3), CLERK);
        return a;
    }

    static Asset disposed() {
        Asset a = handedOver();
        a.proposeDisposal(new Asset.DisposalProposal(DisposalMethod.SCRAP, "损毁", null, null, null, day(5)), RURAL)
                .stored(7);
        a.takeDisposalStep(7, DisposalStep.VILLAGE_APPROVE, step("决议", day(5)), CLERK);
        a.takeDisposalStep(7, DisposalStep.TOWNSHIP_APPROVE, step("乡审", day(6)), REVIEWER);
        a.takeDisposalStep(7, DisposalStep.COUNTY_APPROVE, step("县农", day(6)), RURAL);
        a.takeDisposalStep(7, DisposalStep.COUNTY_APPROVE, step("县财", day(6)), FINANCE);
        a.takeDisposalStep(7, DisposalStep.COMPLETE, new Asset.StepTerms(null, null, null, day(7)), RURAL);
        return a;
    }

    private static Asset.OwnershipTerms ownership(LocalDate on) {
        return new Asset.OwnershipTerms(OwnerLevel.VILLAGE, List.of(new Owner("光明村股份经济合作社", "532922101201",
                BigDecimal.ONE)), "漾濞县农业农村局", null, on);
    }

    private static Asset.HandoverTerms handover(LocalDate on) {
        return new Asset.HandoverTerms("苍山西镇人民政府", "蔬菜大棚 40 亩", "验收-1", "竣工图、验收报告", on, on);
    }

    private static Asset.StepTerms step(String ref, LocalDate on) {
        return new Asset.StepTerms(ref, null, null, on);
    }

    private static LocalDate day(int n) {
        return TODAY.minusDays(30).plusDays(n);
    }

    private static Actor actor(String user, Role role) {
        return new Actor(user, user, role, TODAY, TODAY.atTime(9, 0));
    }
}
