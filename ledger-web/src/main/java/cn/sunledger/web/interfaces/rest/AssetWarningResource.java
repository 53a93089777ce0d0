package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.AssetWarning;
import cn.sunledger.ledger.application.asset.AssetWarnings;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision warnings of the 四个一批 work (issue 11 item 5) in a region's subtree, the caller's home region when
 * none is given: {@code GET /ledger/api/assets/warnings?region=} (an addition to api.md). Its own root resource so
 * that the literal path wins over the register's {@code /assets/{id}}.
 */
@Path("/assets/warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssetWarningResource {

    @Inject
    AssetWarnings warnings;

    @Inject
    CurrentCaller caller;

    @GET
    public List<WarningDto> list(@QueryParam("region") String region) {
        return warnings.warnings(caller.get(), region(region)).stream().map(WarningDto::of).toList();
    }

    private static RegionCode region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region.trim())) {
            throw LedgerException.invalid(List.of(Violation.ofField("region", "region.badCode", region)));
        }
        return RegionCode.of(region.trim());
    }

    /** One warning; {@code subject} is {@code ASSET} or {@code PROJECT}, the kind and level with their labels. */
    public record WarningDto(String kind, String kindName, String level, String levelName, String subject,
            long subjectId, String subjectCode, String subjectName, String placeCode, String placeName,
            LocalDate since, Long days) {

        static WarningDto of(AssetWarning w) {
            return new WarningDto(w.kind().name(), w.kind().chineseName(), w.level().name(), w.level().chineseName(),
                    w.kind().aboutProject() ? "PROJECT" : "ASSET", w.subjectId(), w.subjectCode(), w.subjectName(),
                    w.placeCode(), w.placeName(), w.since(), w.days());
        }
    }
}
