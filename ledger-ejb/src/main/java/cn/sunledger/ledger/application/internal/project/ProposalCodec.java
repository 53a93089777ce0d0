package cn.sunledger.ledger.application.internal.project;

import cn.sunledger.ledger.domain.model.project.Beneficiaries;
import cn.sunledger.ledger.domain.model.project.FieldChange;
import cn.sunledger.ledger.domain.model.project.FundShare;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.project.Indicator;
import cn.sunledger.ledger.domain.model.project.IndicatorKind;
import cn.sunledger.ledger.domain.model.project.LinkageType;
import cn.sunledger.ledger.domain.model.project.Nature;
import cn.sunledger.ledger.domain.model.project.ProjectDetails;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The text form of what an adjustment stores: the proposed record and, once applied, its changes. Written
 * and read only here, as plain JSON with the api.md field names, so a stored proposal stays readable in SQL.
 */
public final class ProposalCodec {

    private ProposalCodec() {
    }

    public static String encode(ProjectDetails d) {
        JsonArrayBuilder places = Json.createArrayBuilder();
        d.naturalVillages().forEach(nv -> places.add(nv.value()));
        JsonArrayBuilder money = Json.createArrayBuilder();
        d.plannedInvestment().forEach(f -> money.add(Json.createObjectBuilder().add("source", f.source().name())
                .add("amount", f.amount().toPlainString())));
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        d.indicators().forEach(i -> indicators.add(nullable(Json.createObjectBuilder().add("kind", i.kind().name())
                .add("name", i.name()).add("target", i.target()), "unit", i.unit())));
        Beneficiaries b = d.beneficiaries();
        JsonObjectBuilder o = Json.createObjectBuilder().add("year", d.year()).add("name", d.name())
                .add("categoryCode", d.categoryCode()).add("nature", d.nature().name()).add("naturalVillageCodes", places)
                .add("content", d.content()).add("plannedInvestment", money)
                .add("startMonth", d.startMonth().toString()).add("endMonth", d.endMonth().toString())
                .add("implementingUnit", d.implementingUnit()).add("responsiblePerson", d.responsiblePerson())
                .add("beneficiaries", Json.createObjectBuilder().add("households", b.households()).add("people", b.people())
                        .add("alleviatedHouseholds", b.alleviatedHouseholds()).add("alleviatedPeople", b.alleviatedPeople())
                        .add("monitoredHouseholds", b.monitoredHouseholds()).add("monitoredPeople", b.monitoredPeople()))
                .add("indicators", indicators).add("emergency", d.emergency());
        nullable(o, "scaleQuantity", d.scaleQuantity() == null ? null : d.scaleQuantity().toPlainString());
        nullable(o, "scaleUnit", d.scaleUnit());
        nullable(o, "linkageType", d.linkageType() == null ? null : d.linkageType().name());
        nullable(o, "linkageDescription", d.linkageDescription());
        nullable(o, "supervisingUnit", d.supervisingUnit());
        return o.build().toString();
    }

    public static ProjectDetails decodeDetails(String text) {
        JsonObject o = read(text).asJsonObject();
        JsonObject b = o.getJsonObject("beneficiaries");
        return new ProjectDetails(o.getInt("year"), o.getString("name"), o.getString("categoryCode"),
                Nature.valueOf(o.getString("nature")),
                o.getJsonArray("naturalVillageCodes").getValuesAs(v -> RegionCode.of(((jakarta.json.JsonString) v).getString())),
                o.getString("content"), decimal(o, "scaleQuantity"), o.getString("scaleUnit", null),
                o.getJsonArray("plannedInvestment").getValuesAs(JsonObject.class).stream()
                        .map(f -> new FundShare(FundSource.valueOf(f.getString("source")), new BigDecimal(f.getString("amount"))))
                        .toList(),
                YearMonth.parse(o.getString("startMonth")), YearMonth.parse(o.getString("endMonth")),
                o.getString("implementingUnit"), o.getString("responsiblePerson"),
                new Beneficiaries(b.getInt("households"), b.getInt("people"), b.getInt("alleviatedHouseholds"),
                        b.getInt("alleviatedPeople"), b.getInt("monitoredHouseholds"), b.getInt("monitoredPeople")),
                o.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                        .map(i -> new Indicator(IndicatorKind.valueOf(i.getString("kind")), i.getString("name"),
                                i.getString("target"), i.getString("unit", null)))
                        .toList(),
                o.containsKey("linkageType") ? LinkageType.valueOf(o.getString("linkageType")) : null,
                o.getString("linkageDescription", null), o.getString("supervisingUnit", null), o.getBoolean("emergency"));
    }

    public static String encode(List<FieldChange> changes) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        changes.forEach(c -> a.add(Json.createObjectBuilder().add("field", c.field()).add("label", c.label())
                .add("before", c.before()).add("after", c.after())));
        return a.build().toString();
    }

    public static List<FieldChange> decodeChanges(String text) {
        JsonArray a = read(text).asJsonArray();
        return a.getValuesAs(JsonObject.class).stream().map(c -> new FieldChange(c.getString("field"),
                c.getString("label"), c.getString("before"), c.getString("after"))).toList();
    }

    private static JsonObjectBuilder nullable(JsonObjectBuilder o, String name, String value) {
        return value == null ? o : o.add(name, value);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        String v = o.getString(name, null);
        return v == null ? null : new BigDecimal(v);
    }

    private static JsonValue read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
