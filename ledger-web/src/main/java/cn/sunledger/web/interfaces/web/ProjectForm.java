package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.project.ProjectView;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.web.interfaces.rest.dto.ProjectRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the project form edits. It becomes the same {@link ProjectRequest} the REST API takes, so the page and
 * the API share one set of Bean Validation rules and the library's rules behind them.
 */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the fund-source sub-table. */
    public static class FundRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private FundSource source;
        private String amount;

        public FundSource getSource() {
            return source;
        }

        public void setSource(FundSource source) {
            this.source = source;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    /** One row of the 绩效目标 sub-table. */
    public static class IndicatorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private IndicatorKind kind = IndicatorKind.OUTPUT;
        private String name;
        private String target;
        private String unit;

        public IndicatorKind getKind() {
            return kind;
        }

        public void setKind(IndicatorKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    private Integer year;
    private String name;
    private String categoryCode;
    private Nature nature = Nature.NEW;
    private String villageCode;
    private List<String> naturalVillageCodes = new ArrayList<>();
    private String content;
    private String scaleQuantity;
    private String scaleUnit;
    private final List<FundRow> funds = new ArrayList<>();
    private String startMonth;
    private String endMonth;
    private String implementingUnit;
    private String responsiblePerson;
    private int households;
    private int people;
    private int alleviatedHouseholds;
    private int alleviatedPeople;
    private int monitoredHouseholds;
    private int monitoredPeople;
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private LinkageType linkageType;
    private String linkageDescription;
    private String supervisingUnit;
    private boolean emergency;

    static ProjectForm blank(int year, String villageCode) {
        ProjectForm f = new ProjectForm();
        f.year = year;
        f.villageCode = villageCode;
        f.addFund();
        return f;
    }

    static ProjectForm of(ProjectView p) {
        ProjectForm f = new ProjectForm();
        f.year = p.year();
        f.name = p.name();
        f.categoryCode = p.categoryCode();
        f.nature = p.nature();
        f.villageCode = p.villageCode();
        f.naturalVillageCodes = new ArrayList<>(p.naturalVillageCodes());
        f.content = p.content();
        f.scaleQuantity = p.scaleQuantity() == null ? null : p.scaleQuantity().stripTrailingZeros().toPlainString();
        f.scaleUnit = p.scaleUnit();
        for (FundShare s : p.plannedInvestment()) {
            FundRow row = new FundRow();
            row.source = s.source();
            row.amount = s.amount().toPlainString();
            f.funds.add(row);
        }
        f.startMonth = p.startMonth().toString();
        f.endMonth = p.endMonth().toString();
        f.implementingUnit = p.implementingUnit();
        f.responsiblePerson = p.responsiblePerson();
        f.households = p.beneficiaries().households();
        f.people = p.beneficiaries().people();
        f.alleviatedHouseholds = p.beneficiaries().alleviatedHouseholds();
        f.alleviatedPeople = p.beneficiaries().alleviatedPeople();
        f.monitoredHouseholds = p.beneficiaries().monitoredHouseholds();
        f.monitoredPeople = p.beneficiaries().monitoredPeople();
        for (Indicator i : p.indicators()) {
            IndicatorRow row = new IndicatorRow();
            row.kind = i.kind();
            row.name = i.name();
            row.target = i.target();
            row.unit = i.unit();
            f.indicators.add(row);
        }
        f.linkageType = p.linkageType();
        f.linkageDescription = p.linkageDescription();
        f.supervisingUnit = p.supervisingUnit();
        f.emergency = p.emergency();
        return f;
    }

    /** The request the API would receive; empty sub-table rows are left out. */
    ProjectRequest toRequest() {
        ProjectRequest r = new ProjectRequest();
        r.year = year;
        r.name = name;
        r.categoryCode = categoryCode;
        r.nature = nature;
        r.naturalVillageCodes = new ArrayList<>(naturalVillageCodes);
        r.content = content;
        if (notBlank(scaleQuantity) || notBlank(scaleUnit)) {
            r.scale = new ProjectRequest.Scale();
            r.scale.quantity = notBlank(scaleQuantity) ? scaleQuantity.trim() : null;
            r.scale.unit = scaleUnit;
        }
        r.plannedInvestment = new ArrayList<>();
        for (FundRow row : funds) {
            if (row.source != null || notBlank(row.amount)) {
                ProjectRequest.Money m = new ProjectRequest.Money();
                m.source = row.source;
                m.amount = row.amount == null ? null : row.amount.trim().replace(",", "");
                r.plannedInvestment.add(m);
            }
        }
        r.startMonth = startMonth == null ? null : startMonth.trim();
        r.endMonth = endMonth == null ? null : endMonth.trim();
        r.implementingUnit = implementingUnit;
        r.responsiblePerson = responsiblePerson;
        r.beneficiaries = new ProjectRequest.BeneficiaryCounts();
        r.beneficiaries.households = households;
        r.beneficiaries.people = people;
        r.beneficiaries.alleviatedHouseholds = alleviatedHouseholds;
        r.beneficiaries.alleviatedPeople = alleviatedPeople;
        r.beneficiaries.monitoredHouseholds = monitoredHouseholds;
        r.beneficiaries.monitoredPeople = monitoredPeople;
        r.indicators = new ArrayList<>();
        for (IndicatorRow row : indicators) {
            if (notBlank(row.name) || notBlank(row.target)) {
                ProjectRequest.IndicatorItem i = new ProjectRequest.IndicatorItem();
                i.kind = row.kind;
                i.name = row.name;
                i.target = row.target;
                i.unit = row.unit;
                r.indicators.add(i);
            }
        }
        if (linkageType != null) {
            r.linkage = new ProjectRequest.Linkage();
            r.linkage.type = linkageType;
            r.linkage.description = linkageDescription;
        }
        r.supervisingUnit = notBlank(supervisingUnit) ? supervisingUnit : null;
        r.emergency = emergency;
        return r;
    }

    public BigDecimal fundTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (FundRow row : funds) {
            try {
                total = total.add(new BigDecimal(row.amount.trim().replace(",", "")));
            } catch (RuntimeException e) {
                // a row still being typed does not count yet
            }
        }
        return total;
    }

    public void addFund() {
        funds.add(new FundRow());
    }

    public void removeFund(int index) {
        if (index >= 0 && index < funds.size()) {
            funds.remove(index);
        }
    }

    public void addIndicator() {
        indicators.add(new IndicatorRow());
    }

    public void removeIndicator(int index) {
        if (index >= 0 && index < indicators.size()) {
            indicators.remove(index);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public List<FundRow> getFunds() {
        return funds;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public List<String> getNaturalVillageCodes() {
        return naturalVillageCodes;
    }

    public void setNaturalVillageCodes(List<String> naturalVillageCodes) {
        this.naturalVillageCodes = naturalVillageCodes == null ? new ArrayList<>() : new ArrayList<>(naturalVillageCodes);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getScaleQuantity() {
        return scaleQuantity;
    }

    public void setScaleQuantity(String scaleQuantity) {
        this.scaleQuantity = scaleQuantity;
    }

    public String getScaleUnit() {
        return scaleUnit;
    }

    public void setScaleUnit(String scaleUnit) {
        this.scaleUnit = scaleUnit;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public String getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(String endMonth) {
        this.endMonth = endMonth;
    }

    public String getImplementingUnit() {
        return implementingUnit;
    }

    public void setImplementingUnit(String implementingUnit) {
        this.implementingUnit = implementingUnit;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public int getHouseholds() {
        return households;
    }

    public void setHouseholds(int households) {
        this.households = households;
    }

    public int getPeople() {
        return people;
    }

    public void setPeople(int people) {
        this.people = people;
    }

    public int getAlleviatedHouseholds() {
        return alleviatedHouseholds;
    }

    public void setAlleviatedHouseholds(int alleviatedHouseholds) {
        this.alleviatedHouseholds = alleviatedHouseholds;
    }

    public int getAlleviatedPeople() {
        return alleviatedPeople;
    }

    public void setAlleviatedPeople(int alleviatedPeople) {
        this.alleviatedPeople = alleviatedPeople;
    }

    public int getMonitoredHouseholds() {
        return monitoredHouseholds;
    }

    public void setMonitoredHouseholds(int monitoredHouseholds) {
        this.monitoredHouseholds = monitoredHouseholds;
    }

    public int getMonitoredPeople() {
        return monitoredPeople;
    }

    public void setMonitoredPeople(int monitoredPeople) {
        this.monitoredPeople = monitoredPeople;
    }

    public LinkageType getLinkageType() {
        return linkageType;
    }

    public void setLinkageType(LinkageType linkageType) {
        this.linkageType = linkageType;
    }

    public String getLinkageDescription() {
        return linkageDescription;
    }

    public void setLinkageDescription(String linkageDescription) {
        this.linkageDescription = linkageDescription;
    }

    public String getSupervisingUnit() {
        return supervisingUnit;
    }

    public void setSupervisingUnit(String supervisingUnit) {
        this.supervisingUnit = supervisingUnit;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }
}
