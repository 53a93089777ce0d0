package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.distribution.Distributions;
import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.application.distribution.PlanForm;
import cn.sunledger.ledger.application.distribution.PlanView;
import cn.sunledger.ledger.domain.model.distribution.DistributionPurpose;
import cn.sunledger.ledger.domain.model.distribution.DistributionRules;
import cn.sunledger.ledger.domain.model.distribution.Meeting;
import cn.sunledger.ledger.domain.model.distribution.MeetingKind;
import cn.sunledger.ledger.domain.model.distribution.PlanFigures;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 新建分配方案 ({@code distribution-new.xhtml}): the village clerk drafts a plan for the village's collective — the owner
 * name when the village's income is recorded under several, the period, the 公积公益金 rate within the configured range,
 * the lines (purpose by label, amount, note, household picked among the village's), the flat-payout justification when
 * the figures call for one, and the 四议两公开 meetings already held. The figures are the service's own, asked again as
 * the form changes ({@link Distributions#figures}); every rule is the service's, its refusal shown by the field it
 * names. Amounts and the rate are checked as typed first (no pattern ever reaches a message).
 */
@Named
@ViewScoped
public class DistributionPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "planForm:";
    private static final DistributionRules RULES = DistributionRules.fromSystemProperties();
    private static final int PICKER_SIZE = 20;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    transient Distributions distributions;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient BusinessClock clock;

    @Inject
    LocaleView localeView;

    private boolean allowed;
    private String village;
    private String villageName;
    private List<String> ownerNames = List.of();
    private String ownerName;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String reservePercent;
    private String flatPayoutJustification;
    private final List<LineRow> lines = new ArrayList<>();
    private final List<MeetingRow> meetings = new ArrayList<>();
    private final Map<Long, HouseholdChoice> offered = new HashMap<>();
    private PlanFigures figures;
    private String figuresProblem;

    /** One line of the form: its amount as typed until it is checked. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private DistributionPurpose purpose;
        private String amount;
        private String note;
        private HouseholdChoice household;

        public DistributionPurpose getPurpose() {
            return purpose;
        }

        public void setPurpose(DistributionPurpose purpose) {
            this.purpose = purpose;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public HouseholdChoice getHousehold() {
            return household;
        }

        public void setHousehold(HouseholdChoice household) {
            this.household = household;
        }
    }

    /** One of the four meetings, recorded with the plan when its date is given. */
    public static class MeetingRow extends MeetingFields {
        private static final long serialVersionUID = 1L;
        private final MeetingKind kind;

        MeetingRow(MeetingKind kind) {
            this.kind = kind;
        }

        public MeetingKind getKind() {
            return kind;
        }
    }

    /** The view action: the caller's village, its owner names, this year as the period, the lowest allowed rate. */
    public void load() {
        Caller c = caller.get();
        RegionCode home = c.homeRegion();
        allowed = home.level() == RegionLevel.VILLAGE && AccessPolicy.permits(c, Action.DRAFT_DISTRIBUTION, home);
        if (!allowed || village != null) {
            return;
        }
        village = home.value();
        villageName = regions.names(c, List.of(village)).getOrDefault(village, village);
        try {
            ownerNames = distributions.ownerNames(c, village);
        } catch (LedgerException e) {
            FacesMessages.refused(e);
        }
        if (ownerNames.size() == 1) {
            ownerName = ownerNames.get(0);
        }
        LocalDate today = clock.today();
        periodFrom = today.withDayOfYear(1);
        periodTo = periodFrom.plusYears(1).minusDays(1);
        BigDecimal suggested = new BigDecimal("0.20");
        if (suggested.compareTo(RULES.minReserveRate()) < 0 || suggested.compareTo(RULES.maxReserveRate()) > 0) {
            suggested = RULES.minReserveRate();
        }
        reservePercent = suggested.multiply(HUNDRED).stripTrailingZeros().toPlainString();
        lines.add(new LineRow());
        for (MeetingKind k : MeetingKind.values()) {
            meetings.add(new MeetingRow(k));
        }
        refresh();
    }

    /**
     * Asks the service again for the figures the form would be drawn on (after a change of owner, period, rate or a
     * line): lines whose amount is not an amount yet are left out of the total until they are.
     */
    public void refresh() {
        figures = null;
        figuresProblem = null;
        BigDecimal rate = rate();
        if (ownerName == null || periodFrom == null || periodTo == null || rate == null) {
            return;
        }
        try {
            List<PlanForm.Line> counted = new ArrayList<>();
            for (LineRow l : lines) {
                Money amount = MoneyText.parse(l.amount);
                if (l.purpose != null && amount != null) {
                    counted.add(new PlanForm.Line(l.purpose, l.household == null ? null : l.household.id(), amount,
                            l.note));
                }
            }
            figures = distributions.figures(caller.get(), new PlanForm(village, ownerName, periodFrom, periodTo, rate,
                    null, counted, List.of()));
        } catch (LedgerException e) {
            Object[] args = e.violations().isEmpty() ? e.args() : e.violations().get(0).args();
            String key = e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey();
            figuresProblem = cn.sunledger.ledger.domain.model.shared.Messages.format(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
        }
    }

    /** A line's purpose changed: the lines stand in the rules' priority order, as the plan will keep them. */
    public void purposeChanged() {
        lines.sort(Comparator.comparingInt(l -> l.purpose == null ? Integer.MAX_VALUE : l.purpose.priority()));
        refresh();
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
        if (lines.isEmpty()) {
            lines.add(new LineRow());
        }
        refresh();
    }

    /** 保存草稿: the plan as typed, checked by the service; on success its page. */
    public String save() {
        boolean ok = true;
        BigDecimal rate = rate();
        if (rate == null) {
            FieldErrors.at(FORM + "reserveRate", UiText.get("distribution.reserveRate"),
                    UiText.get("distribution.reserveRateFormat", percent(RULES.minReserveRate()),
                            percent(RULES.maxReserveRate())));
            ok = false;
        }
        if (ownerName == null) {
            FieldErrors.at(FORM + "ownerName", UiText.get("distribution.owner"), UiText.get("distribution.required"));
            ok = false;
        }
        List<PlanForm.Line> planLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow l = lines.get(i);
            if (l.purpose == null) {
                FieldErrors.at(lineField(i, "purpose"), UiText.get("distribution.purpose"),
                        UiText.get("distribution.required"));
                ok = false;
            }
            Money amount = MoneyText.parse(l.amount);
            if (amount == null) {
                FieldErrors.at(lineField(i, "amount"), UiText.get("distribution.amount"),
                        UiText.get("fund.amountFormat"));
                ok = false;
            }
            if (l.purpose != null && amount != null) {
                planLines.add(new PlanForm.Line(l.purpose, l.household == null ? null : l.household.id(), amount,
                        l.note));
            }
        }
        List<Meeting> held = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingRow m = meetings.get(i);
            if (m.getHeldOn() == null && m.getAttendees() == null && m.getVotesFor() == null && blank(m.getMinutesRef())) {
                continue;
            }
            if (m.getHeldOn() == null) {
                FieldErrors.at(meetingField(i, "heldOn"), label(m.kind) + " " + UiText.get("distribution.heldOn"),
                        UiText.get("distribution.required"));
                ok = false;
            }
            if (m.getAttendees() == null) {
                FieldErrors.at(meetingField(i, "attendees"), label(m.kind) + " "
                        + UiText.get("distribution.attendees"), UiText.get("distribution.required"));
                ok = false;
            }
            if (m.getVotesFor() == null) {
                FieldErrors.at(meetingField(i, "votesFor"), label(m.kind) + " " + UiText.get("distribution.votesFor"),
                        UiText.get("distribution.required"));
                ok = false;
            }
            if (m.getHeldOn() != null && m.getAttendees() != null && m.getVotesFor() != null) {
                held.add(m.toMeeting(m.kind));
            }
        }
        if (!ok) {
            return null;
        }
        try {
            PlanView plan = distributions.create(caller.get(), new PlanForm(village, ownerName, periodFrom, periodTo,
                    rate, flatPayoutJustification, planLines, held));
            FacesMessages.info(UiText.get("distribution.created", plan.ownerName()));
            UiText.keepMessages();
            return "distribution?faces-redirect=true&id=" + plan.id();
        } catch (LedgerException e) {
            FieldErrors.refused(e, "planProblems", fields());
            return null;
        }
    }

    /** The service's field names → the form's inputs and their labels. */
    private Map<String, String[]> fields() {
        Map<String, String[]> f = new LinkedHashMap<>();
        f.put("ownerRegionCode", new String[] {"planProblems", UiText.get("distribution.ownerVillage")});
        f.put("ownerName", new String[] {FORM + "ownerName", UiText.get("distribution.owner")});
        f.put("periodFrom", new String[] {FORM + "periodFrom", UiText.get("distribution.periodFrom")});
        f.put("periodTo", new String[] {FORM + "periodTo", UiText.get("distribution.periodTo")});
        f.put("reserveRate", new String[] {FORM + "reserveRate", UiText.get("distribution.reserveRate")});
        f.put("flatPayoutJustification", new String[] {FORM + "flatPayoutJustification",
                UiText.get("distribution.flatJustification")});
        f.put("lines", new String[] {"linesProblems", UiText.get("distribution.lines")});
        for (int i = 0; i < lines.size(); i++) {
            String n = UiText.get("distribution.lineNo", i + 1) + " ";
            f.put("lines[" + i + "].purpose", new String[] {lineField(i, "purpose"),
                    n + UiText.get("distribution.purpose")});
            f.put("lines[" + i + "].amount", new String[] {lineField(i, "amount"),
                    n + UiText.get("distribution.amount")});
            f.put("lines[" + i + "].note", new String[] {lineField(i, "note"), n + UiText.get("distribution.note")});
            f.put("lines[" + i + "].householdId", new String[] {lineField(i, "household"),
                    n + UiText.get("distribution.household")});
        }
        for (int i = 0; i < meetings.size(); i++) {
            MeetingKind k = meetings.get(i).kind;
            for (String field : List.of("heldOn", "attendees", "votesFor")) {
                f.put("meetings." + k.name() + "." + field, new String[] {meetingField(i, field),
                        label(k) + " " + UiText.get("distribution." + field)});
            }
            f.put("meetings." + k.name() + ".kind", new String[] {meetingField(i, "heldOn"), label(k)});
        }
        return f;
    }

    private static String lineField(int i, String field) {
        return FORM + "lines:" + i + ":" + field;
    }

    private static String meetingField(int i, String field) {
        return FORM + "meetings:" + i + ":" + field;
    }

    /** The rate typed as a percentage (20 or 20.5), as the plan keeps it (0.2050); null when it is not one. */
    private BigDecimal rate() {
        if (reservePercent == null) {
            return null;
        }
        String typed = reservePercent.replace("%", "").replace("％", "").strip();
        if (!typed.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal pct = new BigDecimal(typed);
        return pct.compareTo(HUNDRED) > 0 ? null : pct.divide(HUNDRED, 4, RoundingMode.UNNECESSARY);
    }

    /** The picker's suggestions: the village's households by head's name or household number, IDs masked. */
    public List<HouseholdChoice> completeHousehold(String text) {
        try {
            List<HouseholdChoice> found = distributions.households(caller.get(), village, text, PICKER_SIZE);
            found.forEach(h -> offered.put(h.id(), h));
            return found;
        } catch (LedgerException e) {
            return List.of();
        }
    }

    /** "王某 · 5329**********1238 · 上村组 · 脱贫户 · 4 人" */
    public String householdLabel(HouseholdChoice h) {
        return h == null ? "" : h.headName() + " · " + h.idNumber() + " · " + h.naturalVillageName() + " · "
                + label(h.category()) + " · " + UiText.get("distribution.members", h.members());
    }

    /** Keeps the chosen household between requests by its id, from the suggestions this view offered. */
    public Converter<HouseholdChoice> getHouseholdConverter() {
        return new Converter<>() {
            @Override
            public HouseholdChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || !value.matches("\\d{1,18}") ? null : offered.get(Long.valueOf(value));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, HouseholdChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /**
     * The purposes to choose from: the allowed ones in the rules' priority order, then the banned ones, disabled, in a
     * group saying they may not be chosen (公积公益金 is the rate, never a line).
     */
    public List<SelectItem> getPurposeItems() {
        List<SelectItem> items = new ArrayList<>();
        List<SelectItem> banned = new ArrayList<>();
        Arrays.stream(DistributionPurpose.values()).sorted(Comparator.comparingInt(DistributionPurpose::priority))
                .forEach(p -> {
                    if (p.banned()) {
                        banned.add(new SelectItem(p, label(p), null, true));
                    } else if (p != DistributionPurpose.RESERVE) {
                        items.add(new SelectItem(p, label(p)));
                    }
                });
        SelectItemGroup group = new SelectItemGroup(UiText.get("distribution.bannedGroup"));
        group.setSelectItems(banned);
        items.add(group);
        return items;
    }

    /** The banned uses by label, for the sentence that says why they cannot be chosen. */
    public String getBannedPurposes() {
        return String.join("、", Arrays.stream(DistributionPurpose.values()).filter(DistributionPurpose::banned)
                .map(this::label).toList());
    }

    /** Whether flat equal payments per head take more than the limit: the justification is then required. */
    public boolean isFlatAboveLimit() {
        return figures != null && figures.flatPayout().share().compareTo(RULES.flatShareLimit()) > 0;
    }

    /** "相符", or what the lines are short of or over available − reserve: "还差 2,000.00 元", "超出 1,000.00 元". */
    public String getDifferenceText() {
        if (figures == null) {
            return "";
        }
        if (figures.balanced()) {
            return UiText.get("distribution.check.ok");
        }
        return figures.distributable().exceeds(figures.linesTotal())
                ? UiText.get("distribution.short", MoneyText.show(figures.distributable().minus(figures.linesTotal())))
                : UiText.get("distribution.over", MoneyText.show(figures.linesTotal().minus(figures.distributable())));
    }

    public String getRateRange() {
        return percent(RULES.minReserveRate()) + " – " + percent(RULES.maxReserveRate());
    }

    public String getFlatLimit() {
        return percent(RULES.flatShareLimit());
    }

    public String percent(BigDecimal share) {
        return PlanFigures.percent(share);
    }

    public String money(Money m) {
        return MoneyText.show(m);
    }

    public String label(Object code) {
        return DistributionLabels.of(code, localeView.isEnglish());
    }

    public LocalDate getToday() {
        return clock.today();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getVillageName() {
        return villageName;
    }

    public List<String> getOwnerNames() {
        return ownerNames;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName == null || ownerName.isBlank() ? null : ownerName;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getReservePercent() {
        return reservePercent;
    }

    public void setReservePercent(String reservePercent) {
        this.reservePercent = reservePercent;
    }

    public String getFlatPayoutJustification() {
        return flatPayoutJustification;
    }

    public void setFlatPayoutJustification(String flatPayoutJustification) {
        this.flatPayoutJustification = flatPayoutJustification;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public List<MeetingRow> getMeetings() {
        return meetings;
    }

    public PlanFigures getFigures() {
        return figures;
    }

    public String getFiguresProblem() {
        return figuresProblem;
    }
}
