package cn.sunledger.ledger.application.internal.asset.notice;

import cn.sunledger.ledger.application.asset.AssetNoticeTypes;
import cn.sunledger.ledger.application.internal.asset.AssetStore;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.asset.Asset;
import cn.sunledger.ledger.domain.model.asset.AssetEvent;
import cn.sunledger.ledger.domain.model.asset.AssetEventKind;
import cn.sunledger.ledger.domain.model.asset.Disposal;
import cn.sunledger.ledger.domain.model.asset.DisposalStatus;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubject.blankAs;
import static cn.sunledger.ledger.application.internal.asset.notice.AssetNoticeSubject.date;
import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 资产处置公示 (a period of at least 10 days; domain.md §7: before disposal), subject a disposal's id: the asset, the
 * method and reason, its 原值 and appraised value, what the proceeds will be used for, and the approval chain it went
 * through (村民代表大会, 乡镇审核, 县农业农村局 and 财政局, each with its date and document). Only a county-approved
 * disposal has one, and the disposal cannot be completed until it has run its period with no open objection
 * (DefaultAssetRegister asks the notice gate). The period cannot start before the county's last approval.
 */
@ApplicationScoped
public class AssetDisposalNoticeSource implements NoticeSource {

    public static final String TYPE = AssetNoticeTypes.DISPOSAL;

    @Inject
    AssetNoticeSubjects subjects;

    @Inject
    AssetStore assets;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String chineseName() {
        return "资产处置公示";
    }

    @Override
    public String englishName() {
        return "Asset disposal notice";
    }

    @Override
    public boolean hasPeriod() {
        return true;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        AssetNoticeSubject s = subjects.ofDisposal(caller, subjectId);
        Asset.State a = s.state();
        Disposal d = s.asset().disposals().stream().filter(x -> String.valueOf(x.id()).equals(subjectId)).findFirst()
                .orElseThrow(() -> LedgerException.notFound("asset.disposalNotFound", subjectId));
        if (d.status() != DisposalStatus.COUNTY_APPROVED) {
            throw LedgerException.rule("asset.disposalNoticeStatus", a.code(), d.status().chineseName());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("经村民代表大会决议、乡镇审核和县农业农村局、财政局批准，拟对" + a.name() + "（资产编号 "
                + a.code() + "）以" + d.method().chineseName() + "方式进行处置。处置完成前现予公示，接受群众监督。"
                + "如有异议，请在公示期内拨打监督电话或向村（社区）反映；公示期满且无异议后方可实施处置。"));
        blocks.add(s.particulars());
        blocks.add(s.ownership());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("处置方式", d.method().chineseName()));
        rows.add(List.of("处置原因", d.reason()));
        rows.add(List.of("资产原值（元）", money(a.originalValue().toBigDecimal())));
        rows.add(List.of("评估价值（元）", d.appraisedValue() == null ? "未评估" : money(d.appraisedValue().toBigDecimal())));
        rows.add(List.of("处置收益用途", blankAs(d.proceedsUse(), "未填写")
                + "（集体资产处置收益归集体所有，继续用于巩固拓展脱贫攻坚成果和乡村振兴）"));
        blocks.add(new Block.Table("处置方案", List.of("项目", "内容"), rows));
        List<List<String>> chain = new ArrayList<>();
        for (AssetEvent e : s.asset().history()) {
            if (isApprovalOf(e, subjectId)) {
                chain.add(List.of(e.kind().chineseName(), approver(s, e), date(e.on()),
                        blankAs(e.documentRef(), "")));
            }
        }
        blocks.add(new Block.Table("审批情况", List.of("审批环节", "审批单位", "日期", "文件或决议"), chain));
        return new NoticeContent(s.place() + a.name() + "资产处置公示", s.county(),
                s.countyName() + "农业农村局（乡村振兴局）", null, blocks, List.of());
    }

    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return subjects.postingRegions(subjects.ofDisposal(caller, subjectId).asset());
    }

    /** A disposal is announced once the county has approved it: the period cannot run from before that day. */
    @Override
    public void checkPeriod(String subjectId, LocalDate periodStart, LocalDate periodEnd) {
        if (periodStart == null) {
            return; // the engine refuses a missing period itself
        }
        Long asset = subjects.assetOfDisposal(subjectId);
        if (asset == null) {
            return;
        }
        LocalDate approved = AssetNoticeSubject.lastOn(assets.events(asset), AssetEventKind.DISPOSAL_COUNTY_APPROVED,
                e -> subjectId.equals(e.details().get("disposalId")));
        if (approved != null && periodStart.isBefore(approved)) {
            throw LedgerException.rule("asset.noticeBeforeApproval", periodStart.toString(), approved.toString());
        }
    }

    /** The body that decided a step: the village's assembly, the township government, or one of the county bureaus. */
    private static String approver(AssetNoticeSubject s, AssetEvent e) {
        RegionCode nv = s.state().naturalVillage();
        return switch (e.kind()) {
            case DISPOSAL_VILLAGE_APPROVED -> s.name(nv.ancestorAt(RegionLevel.VILLAGE)) + "村民代表大会";
            case DISPOSAL_TOWNSHIP_APPROVED -> s.name(nv.ancestorAt(RegionLevel.TOWNSHIP)) + "人民政府";
            default -> s.countyName() + (e.role() == Role.COUNTY_FINANCE ? "财政局" : "农业农村局（乡村振兴局）");
        };
    }

    private static boolean isApprovalOf(AssetEvent e, String disposalId) {
        return (e.kind() == AssetEventKind.DISPOSAL_VILLAGE_APPROVED || e.kind() == AssetEventKind.DISPOSAL_TOWNSHIP_APPROVED
                || e.kind() == AssetEventKind.DISPOSAL_COUNTY_APPROVED) && disposalId.equals(e.details().get("disposalId"));
    }
}
