package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.calendar.CalendarYearView;
import cn.sunledger.ledger.application.calendar.WorkingCalendars;
import cn.sunledger.ledger.domain.model.calendar.CalendarYear;
import cn.sunledger.ledger.domain.model.calendar.DayKind;
import cn.sunledger.ledger.domain.model.calendar.SpecialDay;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The working-day calendar: {@code GET /calendar/{year}} for every staff role, {@code PUT /calendar/{year}} (the
 * year's 法定节假日 and 调休上班 days, replacing what was there) for the admin. Bad days are a 400 naming each one's
 * field ({@code days[2].kind}).
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    WorkingCalendars calendars;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    /** PUT body: the days (an empty list leaves weekends only) and the notice they come from. */
    public static class YearRequest {
        @Size(max = 300)
        public String source;

        @NotNull
        @Size(max = CalendarYear.MAX_DAYS)
        public List<@NotNull @Valid DayItem> days;
    }

    public static class DayItem {
        @NotNull
        public LocalDate date;

        @NotNull
        public DayKind kind;

        @NotNull
        public String name;
    }

    public record DayDto(LocalDate date, String weekday, String kind, String kindName, String name) {
    }

    public record YearDto(int year, boolean maintained, String source, String updatedBy, OffsetDateTime updatedAt,
            List<DayDto> days) {
        static YearDto of(CalendarYearView y) {
            return new YearDto(y.year(), y.maintained(), y.source(), y.updatedBy(),
                    y.updatedAt() == null ? null : y.updatedAt().atZone(ZONE).toOffsetDateTime(),
                    y.days().stream().map(d -> new DayDto(d.date(), d.date().getDayOfWeek().name(), d.kind().name(),
                            d.kind().chineseName(), d.name())).toList());
        }
    }

    @GET
    @Path("{year}")
    public YearDto year(@PathParam("year") String year) {
        return YearDto.of(calendars.year(caller.get(), parseYear(year)));
    }

    @PUT
    @Path("{year}")
    public YearDto replace(@PathParam("year") String year, YearRequest body) {
        int y = parseYear(year);
        YearRequest b = checks.valid(body, Problems.locale(headers));
        return YearDto.of(calendars.replace(caller.get(), y, b.source,
                b.days.stream().map(d -> new SpecialDay(d.date, d.kind, d.name)).toList()));
    }

    private static int parseYear(String text) {
        if (text == null || !text.matches("\\d{4}")) {
            throw LedgerException.invalid(List.of(Violation.ofField("year", "calendar.yearRange", CalendarYear.FIRST,
                    CalendarYear.LAST)));
        }
        return Integer.parseInt(text);
    }
}
