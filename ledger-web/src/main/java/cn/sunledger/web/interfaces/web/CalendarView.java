package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.calendar.CalendarYearView;
import cn.sunledger.ledger.application.calendar.WorkingCalendars;
import cn.sunledger.ledger.domain.model.calendar.DayKind;
import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 工作日历: one year's 法定节假日 and 调休上班 days, which the admin edits row by row and saves as a whole. A refusal
 * names the row and the column it concerns, never a field name.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FIELD = Pattern.compile("days\\[(\\d+)\\](?:\\.(date|kind|name))?");

    @Inject
    BusinessClock clock;

    @Inject
    transient WorkingCalendars calendars;

    @Inject
    transient CurrentCaller caller;

    private int year;
    private boolean maintained;
    private String source;
    private String updatedBy;
    private List<Row> rows = new ArrayList<>();

    /** One editable day of the year. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private DayKind kind = DayKind.HOLIDAY;
        private String name;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public DayKind getKind() {
            return kind;
        }

        public void setKind(DayKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        load();
    }

    public void load() {
        try {
            show(calendars.year(caller.get(), year));
        } catch (LedgerException e) {
            refused(e);
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    public void save() {
        try {
            List<SpecialDay> days = rows.stream().map(r -> new SpecialDay(r.date, r.kind, r.name)).toList();
            show(calendars.replace(caller.get(), year, source, days));
            FacesMessages.info(UiText.get("calendar.saved", String.valueOf(year), rows.size()));
        } catch (LedgerException e) {
            refused(e);
        }
    }

    private void show(CalendarYearView y) {
        maintained = y.maintained();
        source = y.source();
        updatedBy = y.updatedBy();
        List<Row> loaded = new ArrayList<>();
        for (SpecialDay d : y.days()) {
            Row r = new Row();
            r.date = d.date();
            r.kind = d.kind();
            r.name = d.name();
            loaded.add(r);
        }
        rows = loaded;
    }

    /** The refusal, each violation introduced by its row number and column label. */
    private void refused(LedgerException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(locale, e.messageKey(), e.args()), null));
        for (Violation v : e.violations()) {
            Matcher m = v.field() == null ? null : FIELD.matcher(v.field());
            String where = m != null && m.matches()
                    ? UiText.get("calendar.rowLabel", Integer.parseInt(m.group(1)) + 1)
                            + (m.group(2) == null ? "" : " " + UiText.get("calendar." + m.group(2)))
                    : UiText.get("calendar." + ("year".equals(v.field()) ? "year" : "source"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + "："
                    + Messages.format(locale, v.messageKey(), v.args()), null));
        }
        faces.validationFailed();
    }

    public String weekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    public String kindName(DayKind kind) {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return kind == null ? "" : english ? kind.englishName() : kind.chineseName();
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public boolean isMaintained() {
        return maintained;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<Row> getRows() {
        return rows;
    }
}
