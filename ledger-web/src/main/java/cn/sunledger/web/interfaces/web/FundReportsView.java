package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.application.fund.FundExecution;
import cn.sunledger.ledger.application.fund.FundReports;
import cn.sunledger.ledger.application.fund.IndustryShare;
import cn.sunledger.ledger.application.fund.ManagementFeeCheck;
import cn.sunledger.ledger.application.fund.ProjectFunds;
import cn.sunledger.ledger.application.fund.ReportTargetForm;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.primefaces.event.ItemSelectEvent;

/**
 * 资金报表 ({@code reports.xhtml}): for a region of the caller's scope, a year and an as-of day, the execution report
 * with its chart (allocated vs disbursed by source; a bar or a row opens that source's projects), the 产业发展 share
 * against its target with a warning when below, the 项目管理费 check, the export links and, for the roles that may,
 * the form that sets the year's targets.
 */
@Named
@ViewScoped
public class FundReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_BACK = 4;
    private static final int YEARS_AHEAD = 1;

    @Inject
    BusinessClock clock;

    @Inject
    transient FundReports reports;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private String regionCode;
    private int year;
    private LocalDate asOf;
    private List<Place> places = List.of();
    private FundExecution execution;
    private IndustryShare share;
    private ManagementFeeCheck fee;
    private ProjectFunds projectFunds;
    private FundSource selectedSource;
    private String industryShareTarget;
    private String centralFeeCap;
    private String provincialFeeCap;

    @PostConstruct
    void init() {
        Caller c = caller.get();
        year = clock.today().getYear();
        asOf = clock.today();
        regionCode = c.homeRegion().value();
        List<Place> list = new ArrayList<>();
        list.add(new Place(regionCode, regions.get(c, c.homeRegion()).name()));
        if (c.homeRegion().level() == RegionLevel.PREFECTURE) {
            for (RegionView county : regions.children(c, c.homeRegion())) {
                list.add(new Place(county.code(), county.name()));
            }
        }
        places = list;
        load();
    }

    public void load() {
        Caller c = caller.get();
        try {
            execution = reports.execution(c, regionCode, year, asOf);
            share = reports.industryShare(c, regionCode, year, asOf);
            fee = reports.managementFee(c, regionCode, year, asOf);
            projectFunds = reports.projectFunds(c, regionCode, year, asOf);
            industryShareTarget = share.target().toPlainString();
            centralFeeCap = fee.targets().centralFeeCap().toPlainString();
            provincialFeeCap = fee.targets().provincialFeeCap().toPlainString();
            if (selectedSource != null && execution.bySource().stream().noneMatch(l -> l.source() == selectedSource)) {
                selectedSource = null;
            }
        } catch (LedgerException e) {
            execution = null;
            FacesMessages.refused(e);
        }
    }

    /** A bar of the chart was clicked: its index is the source's place in the by-source rows. */
    public void selectBar(ItemSelectEvent event) {
        if (execution != null && event.getItemIndex() >= 0 && event.getItemIndex() < execution.bySource().size()) {
            selectedSource = execution.bySource().get(event.getItemIndex()).source();
        }
    }

    public void selectSource(String source) {
        selectedSource = FundSource.valueOf(source);
    }

    /** Sets the region's targets for the year (a county or the prefecture); each bad figure is shown by its field. */
    public void saveTargets() {
        BigDecimal s = percent("industryShareTarget", industryShareTarget);
        BigDecimal central = percent("centralFeeCap", centralFeeCap);
        BigDecimal provincial = percent("provincialFeeCap", provincialFeeCap);
        if (s == null || central == null || provincial == null) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            reports.setTargets(caller.get(), new ReportTargetForm(targetRegion(), year, s, central, provincial));
            FacesMessages.info(UiText.get("reports.targets.saved"));
            load();
        } catch (LedgerException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces.getViewRoot().getLocale();
            if (e.violations().isEmpty()) {
                FacesMessages.refused(e);
                return;
            }
            for (Violation v : e.violations()) {
                String field = switch (v.field()) {
                    case "industryShare" -> "industryShareTarget";
                    case "centralFeeCap", "provincialFeeCap" -> v.field();
                    default -> null;
                };
                faces.addMessage(field == null ? null : "reportsForm:" + field, new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Messages.format(locale, v.messageKey(), v.args()), null));
            }
            faces.validationFailed();
        }
    }

    private BigDecimal percent(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,3}(\\.\\d{1,2})?") && new BigDecimal(t).compareTo(BigDecimal.valueOf(100)) <= 0) {
            return new BigDecimal(t);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage("reportsForm:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(faces.getViewRoot().getLocale(), "fund.badPercent"), null));
        return null;
    }

    /** Targets are kept per county or prefecture: a township's report is measured by its county's. */
    private String targetRegion() {
        return RegionCode.of(regionCode).county().value();
    }

    /** The chart.js configuration of the by-source chart (PrimeFaces p:chart takes raw JSON). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder allocated = Json.createArrayBuilder();
        JsonArrayBuilder disbursed = Json.createArrayBuilder();
        if (execution != null) {
            for (FundExecution.Line l : execution.bySource()) {
                labels.add(sourceName(l.source()));
                allocated.add(l.allocated().toBigDecimal());
                disbursed.add(l.disbursed().toBigDecimal());
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", UiText.get("reports.allocated"))
                                .add("data", allocated).add("backgroundColor", "#4C78A8"))
                        .add(Json.createObjectBuilder().add("label", UiText.get("reports.disbursed"))
                                .add("data", disbursed).add("backgroundColor", "#F58518"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", UiText.get("reports.chartTitle")))))
                .build().toString();
    }

    /** The drill-down: the selected source's projects, planned beside allocated and disbursed. */
    public List<ProjectFunds.Line> getSourceProjects() {
        if (selectedSource == null || projectFunds == null) {
            return List.of();
        }
        return projectFunds.lines().stream().filter(l -> l.source() == selectedSource)
                .filter(l -> l.allocated().isPositive() || l.planned().isPositive()).toList();
    }

    public String sourceName(FundSource source) {
        return source == null ? "" : UiText.get("project.fundsource." + source.name());
    }

    public String exportUrl(String report, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/"
                + report + "/export?format=" + format + "&region=" + regionCode + "&year=" + year
                + (asOf == null ? "" : "&asOf=" + asOf);
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(now - YEARS_BACK, now + YEARS_AHEAD).boxed().sorted((a, b) -> b - a).toList();
    }

    public List<Place> getPlaces() {
        return places;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        if (places.stream().anyMatch(p -> p.code().equals(regionCode))) {
            this.regionCode = regionCode;
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    /** The latest day a report can be as of. */
    public LocalDate getToday() {
        return clock.today();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf == null || asOf.isAfter(clock.today()) ? clock.today() : asOf;
    }

    public FundExecution getExecution() {
        return execution;
    }

    public IndustryShare getShare() {
        return share;
    }

    public ManagementFeeCheck getFee() {
        return fee;
    }

    public FundSource getSelectedSource() {
        return selectedSource;
    }

    public String getIndustryShareTarget() {
        return industryShareTarget;
    }

    public void setIndustryShareTarget(String industryShareTarget) {
        this.industryShareTarget = industryShareTarget;
    }

    public String getCentralFeeCap() {
        return centralFeeCap;
    }

    public void setCentralFeeCap(String centralFeeCap) {
        this.centralFeeCap = centralFeeCap;
    }

    public String getProvincialFeeCap() {
        return provincialFeeCap;
    }

    public void setProvincialFeeCap(String provincialFeeCap) {
        this.provincialFeeCap = provincialFeeCap;
    }
}
