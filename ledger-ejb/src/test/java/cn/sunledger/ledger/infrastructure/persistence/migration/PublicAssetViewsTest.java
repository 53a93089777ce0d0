package cn.sunledger.ledger.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.asset.AssetStage;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal's asset views (V30): every code has its Chinese label, and no unmasked column is read. */
class PublicAssetViewsTest {

    private static final String ASSET_VIEW = V30__PublicAssets.views().get(0);
    private static final String OWNER_VIEW = V30__PublicAssets.views().get(1);

    @Test
    void everyClassStatusStageAndOwnerLevelIsLabelledByTheEnumsOwnName() {
        for (AssetClass v : AssetClass.values()) {
            assertTrue(ASSET_VIEW.contains("WHEN '" + v.name() + "' THEN '" + v.chineseName() + "'"), v.name());
        }
        for (AssetStatus v : AssetStatus.values()) {
            assertTrue(ASSET_VIEW.contains("WHEN '" + v.name() + "' THEN '" + v.chineseName() + "'"), v.name());
        }
        for (AssetStage v : AssetStage.values()) {
            assertTrue(ASSET_VIEW.contains("WHEN '" + v.name() + "' THEN '" + v.chineseName() + "'"), v.name());
        }
        for (OwnerLevel v : OwnerLevel.values()) {
            assertTrue(ASSET_VIEW.contains("WHEN '" + v.name() + "' THEN '" + v.chineseName() + "'"), v.name());
        }
        assertTrue(ASSET_VIEW.contains("COALESCE(CASE a.status"), "the status, else the stage: " + ASSET_VIEW);
    }

    @Test
    void theViewsReadOnlyTheMaskedNamesAndWithholdAHouseholdsOwnerAndOperator() {
        assertTrue(ASSET_VIEW.contains("a.public_name AS name") && ASSET_VIEW.contains("ELSE a.public_operator END"),
                ASSET_VIEW);
        for (String raw : List.of("a.name", "a.operator", "a.caretaker", "a.supervising_department", "a.created_by")) {
            assertFalse(ASSET_VIEW.matches("(?s).*\\b" + raw.replace(".", "\\.") + "\\b(?!_).*"), raw);
        }
        assertTrue(OWNER_VIEW.contains("o.public_entity_name AS entity_name") && !OWNER_VIEW.contains("o.entity_name"),
                OWNER_VIEW);
        assertTrue(OWNER_VIEW.contains("WHERE NOT (a.asset_class = 'HOUSEHOLD' OR COALESCE(a.owner_level, '') ="
                + " 'HOUSEHOLD')"), OWNER_VIEW);
        assertTrue(ASSET_VIEW.contains("CASE WHEN (a.asset_class = 'HOUSEHOLD'"), ASSET_VIEW);
        assertTrue(V30__PublicAssets.views().get(2).contains("JOIN public_project p"),
                "source projects by their masked public names");
    }

    @Test
    void aLabelWithAQuoteCannotBreakTheView() {
        assertTrue(V30__PublicAssets.labels("x", new Quoted[] {Quoted.A}, q -> "甲'乙")
                .equals("CASE x WHEN 'A' THEN '甲''乙' END"));
    }

    private enum Quoted { A }
}
