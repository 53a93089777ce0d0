package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetRegisters;
import cn.sunledger.ledger.application.asset.RegisterBalance;
import cn.sunledger.ledger.application.asset.RegisterTotals;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * The registers as JSON (additions to api.md): {@code GET /ledger/api/assets/registers/summary} — the 总账 as of a day
 * (count and Σ原值 in all, by class, status, owner level and township) — and {@code …/registers/year?year=} — 期初 and
 * 期末 of a year. Both take the register's parameters (region, asOf, class, status, ownerLevel, owner, project,
 * source). Money is a string.
 */
@Path("/assets/registers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetRegisterResource {

    @Inject
    AssetRegisters registers;

    @Inject
    CurrentCaller caller;

    public record LineDto(String key, String name, long count, String originalValue) {
    }

    public record TotalsDto(LocalDate asOf, long count, String originalValue, List<LineDto> byClass,
            List<LineDto> byStatus, List<LineDto> byOwnerLevel, List<LineDto> byTownship) {

        static TotalsDto of(RegisterTotals t) {
            return new TotalsDto(t.asOf(), t.count(), t.originalValue().toString(), lines(t.byClass()),
                    lines(t.byStatus()), lines(t.byOwnerLevel()), lines(t.byTownship()));
        }

        private static List<LineDto> lines(List<RegisterTotals.Line> lines) {
            return lines.stream().map(l -> new LineDto(l.key(), l.name(), l.count(), l.originalValue().toString()))
                    .toList();
        }
    }

    public record BalanceDto(String regionCode, String regionName, int year, TotalsDto opening, TotalsDto closing) {
    }

    @GET
    @Path("summary")
    public TotalsDto summary(@BeanParam AssetRegisterParameters parameters) {
        return TotalsDto.of(registers.summary(caller.get(), parameters.toQuery()));
    }

    @GET
    @Path("year")
    public BalanceDto year(@QueryParam("year") String year, @BeanParam AssetRegisterParameters parameters) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw AssetRegisterParameters.bad("year", "assetRegister.badValue", String.valueOf(year));
        }
        RegisterBalance b = registers.year(caller.get(), parameters.toQuery(), y);
        return new BalanceDto(b.regionCode(), b.regionName(), b.year(), TotalsDto.of(b.opening()),
                TotalsDto.of(b.closing()));
    }
}
