package cn.sunledger.ledger.application.internal.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.sunledger.ledger.domain.model.asset.AssetStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetRegisterStoreTest {

    @Test
    void theOwnersOfAnOwnershipEventAreItsOwnerEntriesInOrderWithoutTheirShares() {
        String details = "{\"owner.1\":\"白章村 股份经济合作社 0.4\",\"owner.0\":\"光明村股份经济合作社 0.6\","
                + "\"ownerLevel\":\"VILLAGE\",\"supervisingDepartment\":\"县农业农村局\"}";
        assertEquals(List.of("光明村股份经济合作社", "白章村 股份经济合作社"), AssetRegisterStore.ownersOfEvent(details));
        assertEquals(List.of(), AssetRegisterStore.ownersOfEvent(null));
    }

    @Test
    void aStageIsReadFromTheRowOrFromTheLatestEventThatSetsOne() {
        assertEquals(AssetStage.HANDED_OVER, AssetRegisterStore.stage("HANDOVER_CONFIRMED"));
        assertEquals(AssetStage.HANDOVER_SIGNED, AssetRegisterStore.stage("HANDOVER_SIGNED"));
        assertEquals(AssetStage.OWNERSHIP_CONFIRMED, AssetRegisterStore.stage("OWNERSHIP_CONFIRMED"));
        assertEquals(AssetStage.DISPOSED, AssetRegisterStore.stage("DISPOSED"));
        assertEquals(AssetStage.REGISTERED, AssetRegisterStore.stage(null));
    }
}
