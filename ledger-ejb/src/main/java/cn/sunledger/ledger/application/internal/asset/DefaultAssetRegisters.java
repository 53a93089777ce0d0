package cn.sunledger.ledger.application.internal.asset;

import cn.sunledger.ledger.application.asset.AssetRegisters;
import cn.sunledger.ledger.application.asset.RegisterBalance;
import cn.sunledger.ledger.application.asset.RegisterExport;
import cn.sunledger.ledger.application.asset.RegisterQuery;
import cn.sunledger.ledger.application.asset.RegisterTotals;
import cn.sunledger.ledger.application.fund.ExportFormat;
import cn.sunledger.ledger.application.internal.asset.AssetRegisterStore.HandoverRecord;
import cn.sunledger.ledger.domain.model.region.Region;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.region.RegionRepository;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.render.HandoverDocument;
import cn.sunledger.ledger.infrastructure.render.HandoverPdfRenderer;
import cn.sunledger.ledger.infrastructure.render.StreamedTablePdf;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registers over {@link AssetRegisterStore}'s one streamed query: the 总账 adds the rows up as they pass, 期初/期末
 * are two such passes, and an export writes each row straight into SXSSF or the PDF and adds the totals at the end.
 * Scope first (VIEW_ASSETS in the region asked, 403), then the day (400 naming {@code asOf} after today: no event
 * can be known there). Each call reads in one transaction, so a register's rows and its totals are one snapshot.
 */
@ApplicationScoped
@Transactional
public class DefaultAssetRegisters implements AssetRegisters {

    static final String TITLE = "扶贫项目资产台账";

    @Inject
    AssetRegisterStore store;

    @Inject
    RegionRepository regions;

    @Inject
    BusinessClock clock;

    @Override
    public RegisterTotals summary(Caller caller, RegisterQuery query) {
        RegisterQuery q = resolve(caller, query);
        return totals(q);
    }

    @Override
    public RegisterBalance year(Caller caller, RegisterQuery query, int year) {
        LocalDate today = clock.today();
        if (year < 2000 || year > today.getYear()) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "assetRegister.badYear", year,
                    today.getYear())));
        }
        RegisterQuery q = resolve(caller, query.on(null));
        LocalDate closing = LocalDate.of(year, 12, 31);
        RegisterTotals opening = totals(q.on(LocalDate.of(year - 1, 12, 31)));
        RegisterTotals end = totals(q.on(closing.isAfter(today) ? today : closing));
        return new RegisterBalance(q.region().value(), regionName(q.region()), year, opening, end);
    }

    @Override
    public RegisterExport export(Caller caller, RegisterQuery query, ExportFormat format) {
        RegisterQuery q = resolve(caller, query);
        String regionName = regionName(q.region());
        String county = q.region().level() == RegionLevel.PREFECTURE ? regionName : regionName(q.region().county());
        String name = regionName + TITLE + "（截至" + q.asOf() + "）." + format.extension();
        String ascii = "asset-register-" + q.region().value() + "-" + q.asOf() + "." + format.extension();
        return new RegisterExport(q, regionName, county, format, name, ascii);
    }

    @Override
    public void write(Caller caller, RegisterExport export, OutputStream out) {
        RegisterQuery q = resolve(caller, export.query());
        String title = export.regionName() + TITLE;
        List<String> heading = heading(export, q);
        RegisterTotals totals = new RegisterTotals(q.asOf());
        if (export.format() == ExportFormat.XLSX) {
            // one streamed pass: each row goes into the workbook as the query yields it
            try (RegisterWorkbook workbook = new RegisterWorkbook(title, heading)) {
                store.forEachRow(q, row -> {
                    workbook.add(row);
                    totals.add(row);
                });
                workbook.totals(totals, title, heading);
                workbook.write(out);
            }
            return;
        }
        try (StreamedTablePdf pdf = new StreamedTablePdf(out, title, heading, export.countyName() + " " + title
                + "（截至" + q.asOf() + "）", RegisterColumns.PDF_HEADERS, RegisterColumns.PDF_WIDTHS,
                RegisterColumns.PDF_NUMERIC)) {
            store.forEachRow(q, row -> {
                pdf.row(RegisterColumns.pdfTexts(row));
                totals.add(row);
            });
            List<String> sum = new ArrayList<>();
            for (int i = 0; i < RegisterColumns.PDF_HEADERS.size(); i++) {
                sum.add(i == 0 ? "合计" : i == 1 ? totals.count() + " 项" : i == 7
                        ? RegisterColumns.money(totals.originalValue().toBigDecimal()) : "");
            }
            pdf.totals(sum);
            section(pdf, "按资产类别", totals.byClass());
            section(pdf, "按资产状态", totals.byStatus());
            section(pdf, "按产权归属", totals.byOwnerLevel());
            section(pdf, "按乡镇", totals.byTownship());
        }
    }

    @Override
    public byte[] handoverPdf(Caller caller, long assetId, long handoverId) {
        HandoverRecord h = store.handover(assetId, handoverId)
                .orElseThrow(() -> LedgerException.notFound("asset.handoverNotFound", handoverId));
        RegionCode place = RegionCode.of(h.naturalVillageCode());
        AccessPolicy.require(caller, Action.VIEW_ASSETS, place);
        String quantity = h.quantity() == null ? "" : h.quantity().stripTrailingZeros().toPlainString()
                + (h.unit() == null ? "" : " " + h.unit());
        List<List<String>> assets = List.of(List.of(h.assetCode(), h.assetName(), h.assetClass().chineseName() + "/"
                + h.subType(), quantity, placeName(place), String.join("、", h.sourceProjects()),
                RegisterColumns.money(h.originalValue().toBigDecimal())));
        HandoverDocument d = new HandoverDocument(regionName(place.county()), "扶贫项目资产移交书",
                h.assetCode() + "-YJ" + h.handoverId(), h.fromUnit(), h.toOwner(),
                List.of("资产编号", "资产名称", "类别", "数量", "坐落位置", "来源项目", "原值（元）"), assets,
                RegisterColumns.money(h.originalValue().toBigDecimal()), h.assetList(), h.acceptanceReportRef(),
                h.archiveList(), h.handedOverOn(), h.bookedOn(), person(h.signedByName(), h.signedByRole()),
                h.handedOverOn(), person(h.confirmedByName(), h.confirmedByRole()), h.confirmedOn(), h.opinion(),
                clock.now());
        return new HandoverPdfRenderer().render(d);
    }

    private RegisterTotals totals(RegisterQuery q) {
        RegisterTotals totals = new RegisterTotals(q.asOf());
        store.forEachRow(q, totals::add);
        return totals;
    }

    /** The region (the caller's home region if none) in scope, and the day: today if none, never after today. */
    private RegisterQuery resolve(Caller caller, RegisterQuery query) {
        RegionCode region = query.region() == null ? caller.homeRegion() : query.region();
        AccessPolicy.require(caller, Action.VIEW_ASSETS, region);
        LocalDate today = clock.today();
        if (query.asOf() != null && query.asOf().isAfter(today)) {
            throw LedgerException.invalid(List.of(Violation.ofField("asOf", "assetRegister.asOfInFuture",
                    query.asOf(), today)));
        }
        return query.in(region).on(query.asOf() == null ? today : query.asOf());
    }

    private List<String> heading(RegisterExport export, RegisterQuery q) {
        List<String> lines = new ArrayList<>();
        lines.add((export.countyName().equals(export.regionName()) ? export.countyName()
                : export.countyName() + " " + export.regionName()) + "　截至 " + q.asOf());
        List<String> filters = new ArrayList<>();
        if (q.assetClass() != null) {
            filters.add("资产类别：" + q.assetClass().chineseName());
        }
        if (q.status() != null) {
            filters.add("资产状态：" + q.status().chineseName());
        }
        if (q.ownerLevel() != null) {
            filters.add("产权归属：" + q.ownerLevel().chineseName());
        }
        if (q.owner() != null && !q.owner().isBlank()) {
            filters.add("产权主体：" + q.owner().strip());
        }
        if (q.projectId() != null) {
            filters.add("来源项目：" + store.projectName(q.projectId()).orElse(String.valueOf(q.projectId())));
        }
        if (q.fundSource() != null) {
            filters.add("资金来源：" + q.fundSource().chineseName());
        }
        if (!filters.isEmpty()) {
            lines.add(String.join("；", filters));
        }
        lines.add("生成时间：" + clock.now().toString().replace('T', ' '));
        return lines;
    }

    private static void section(StreamedTablePdf pdf, String caption, List<RegisterTotals.Line> lines) {
        pdf.section(caption, List.of("项目", "数量（项）", "原值（元）"), lines.stream()
                .map(l -> List.of(l.name() == null ? "" : l.name(), String.valueOf(l.count()),
                        RegisterColumns.money(l.originalValue().toBigDecimal()))).toList());
    }

    /** A person as the history shows them: the display name, with the role unless the name already says it. */
    private static String person(String name, Role role) {
        if (name == null) {
            return null;
        }
        return role == null || name.contains(role.chineseName()) ? name : name + "（" + role.chineseName() + "）";
    }

    private String placeName(RegionCode naturalVillage) {
        List<String> names = new ArrayList<>();
        for (Region r : regions.path(naturalVillage)) {
            if (r.level().ordinal() > RegionLevel.COUNTY.ordinal()) {
                names.add(r.name());
            }
        }
        return String.join(" ", names);
    }

    private String regionName(RegionCode code) {
        return regions.find(code).map(Region::name).orElse(code.value());
    }
}
