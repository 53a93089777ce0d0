package cn.sunledger.ledger.application.internal.fund.notice;

import cn.sunledger.ledger.application.fund.AllocationNotices;
import cn.sunledger.ledger.application.internal.fund.notice.AllocationResults.Document;
import cn.sunledger.ledger.application.internal.fund.notice.AllocationResults.ProjectShare;
import cn.sunledger.ledger.application.notice.spi.NoticeContent;
import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.sunledger.ledger.application.internal.project.notice.ProjectNoticeContent.money;

/**
 * 资金分配结果公告 (no period; domain.md §7: published at the issuing level within 15 working days of the
 * allocation), subject a fund document's id: the document (文号, source, level, year, date, amount, purpose) and
 * each project it was allocated to with its village and the amount net of reversals, and the total. It is issued
 * by the finance bureau of the document's region — the county or the prefecture whose journal holds it — and
 * posted there. Payees never appear: the notice reads allocations, never disbursements.
 */
@ApplicationScoped
public class FundAllocationNoticeSource implements NoticeSource {

    @Inject
    AllocationResults results;

    @Inject
    RegionRepository regions;

    @Override
    public String type() {
        return AllocationNotices.TYPE;
    }

    @Override
    public String chineseName() {
        return "资金分配结果公告";
    }

    @Override
    public String englishName() {
        return "Fund allocation result announcement";
    }

    @Override
    public boolean hasPeriod() {
        return false;
    }

    @Override
    public NoticeContent content(Caller caller, String subjectId) {
        Document d = document(caller, subjectId);
        List<ProjectShare> shares = results.shares(d.id()).stream().filter(s -> s.allocated().isPositive()).toList();
        if (shares.isEmpty()) {
            throw LedgerException.rule("notice.fundNoAllocation", d.docNumber());
        }
        Set<String> codes = new HashSet<>();
        codes.add(d.regionCode());
        shares.forEach(s -> {
            codes.add(s.townshipCode());
            codes.add(s.villageCode());
        });
        Map<String, Region> names = regions.findAll(codes);
        String regionName = name(names, d.regionCode());
        String issuer = regionName + "财政局";

        Money total = shares.stream().map(ProjectShare::allocated).reduce(Money.ZERO, Money::plus);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("根据" + d.docNumber() + "文件，下达" + d.year() + "年度" + d.source().chineseName()
                + "（" + d.level().label() + "）" + money(d.amount().toBigDecimal()) + " 元。按照项目安排和资金使用公告公示"
                + "制度，现将其中 " + money(total.toBigDecimal()) + " 元分配到 " + shares.size() + " 个项目的结果予以公告，"
                + "接受社会监督。如有异议，请拨打监督电话反映。"));
        List<List<String>> doc = new ArrayList<>();
        doc.add(List.of("文号", d.docNumber()));
        doc.add(List.of("资金来源", d.source().chineseName()));
        doc.add(List.of("资金级次", d.level().label()));
        doc.add(List.of("资金年度", d.year() + "年"));
        doc.add(List.of("下达日期", d.issuedOn().toString()));
        doc.add(List.of("下达金额（元）", money(d.amount().toBigDecimal())));
        doc.add(List.of("资金用途", d.purpose()));
        blocks.add(new Block.Table("资金下达文件", List.of("项目", "内容"), doc));

        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ProjectShare s : shares) {
            rows.add(List.of(String.valueOf(++n), s.code(), s.name(), name(names, s.townshipCode())
                    + name(names, s.villageCode()), money(s.allocated().toBigDecimal())));
        }
        rows.add(List.of("合计", shares.size() + " 个", "", "", money(total.toBigDecimal())));
        blocks.add(new Block.Table("资金分配结果", List.of("序号", "项目编号", "项目名称", "所在村", "分配金额（元）"), rows));
        Money unallocated = d.amount().minus(total);
        if (unallocated.isPositive()) {
            blocks.add(new Block.Paragraph("该文件尚有 " + money(unallocated.toBigDecimal())
                    + " 元未分配，分配后另行公告。"));
        }
        blocks.add(new Block.Paragraph("分配金额为扣除红字冲销后的净额。"));
        return new NoticeContent(regionName + "关于" + d.year() + "年度" + d.source().chineseName() + "分配结果的公告",
                RegionCode.of(d.regionCode()), issuer, null, blocks, List.of());
    }

    /** The document's region: the county's or the prefecture's portal (domain.md §7: the issuing level). */
    @Override
    public List<String> defaultRegions(Caller caller, String subjectId) {
        return List.of(document(caller, subjectId).regionCode());
    }

    private Document document(Caller caller, String subjectId) {
        Long id = AllocationResults.documentId(subjectId);
        Document d = id == null ? null : results.document(id).stream().findFirst().orElse(null);
        if (d == null) {
            throw LedgerException.notFound("fund.documentNotFound", String.valueOf(subjectId));
        }
        AccessPolicy.require(caller, Action.VIEW_FUNDS, RegionCode.of(d.regionCode()));
        return d;
    }

    private static String name(Map<String, Region> names, String code) {
        Region r = code == null ? null : names.get(code);
        return r == null ? "" : r.name();
    }
}
