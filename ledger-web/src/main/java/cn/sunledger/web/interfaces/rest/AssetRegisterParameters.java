package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.asset.RegisterQuery;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Violation;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The query parameters every register request takes ({@code region, asOf, class, status, ownerLevel, owner, project,
 * source}), read into a {@link RegisterQuery}; a malformed one is a 400 naming it, never a 500.
 */
public class AssetRegisterParameters {

    @QueryParam("region")
    String region;

    @QueryParam("asOf")
    String asOf;

    @QueryParam("class")
    String assetClass;

    @QueryParam("status")
    String status;

    @QueryParam("ownerLevel")
    String ownerLevel;

    @QueryParam("owner")
    String owner;

    @QueryParam("project")
    String project;

    @QueryParam("source")
    String source;

    RegisterQuery toQuery() {
        return new RegisterQuery(region(region), day(asOf), code(AssetClass.class, "class", assetClass),
                code(AssetStatus.class, "status", status), code(OwnerLevel.class, "ownerLevel", ownerLevel),
                owner == null || owner.isBlank() ? null : owner.strip(), id("project", project),
                code(FundSource.class, "source", source));
    }

    static RegionCode region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region.strip())) {
            throw bad("region", "region.badCode", region);
        }
        return RegionCode.of(region.strip());
    }

    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("asOf", "assetRegister.badAsOf");
        }
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw bad(field, "assetRegister.badValue", text);
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(field, "assetRegister.badValue", value);
        }
    }

    static LedgerException bad(String field, String key, Object... args) {
        return LedgerException.invalid(List.of(Violation.ofField(field, key, args)));
    }
}
