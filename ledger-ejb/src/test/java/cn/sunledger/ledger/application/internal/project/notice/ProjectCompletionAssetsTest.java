package cn.sunledger.ledger.application.internal.project.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.ledger.application.internal.asset.AssetStore.FormedAsset;
import cn.sunledger.ledger.domain.model.asset.AssetClass;
import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 项目完成公告's 形成资产 part: the assets registered from the project, or a plain statement that none is yet. */
class ProjectCompletionAssetsTest {

    @Test
    void listsEachAssetWithThePartOfIts原值ThisProjectCarries() {
        Block block = ProjectCompletionNoticeSource.assetsFormed(List.of(
                new FormedAsset("2026-532922-ZC0001", "蔬菜大棚", AssetClass.OPERATING, "产业基地", Money.parse("300000.00")),
                new FormedAsset("2026-532922-ZC0002", "机耕路", AssetClass.PUBLIC_WELFARE, "道路", Money.parse("1234.5"))));
        Block.Table table = (Block.Table) block;
        assertEquals("形成资产", table.caption());
        assertEquals(List.of(List.of("2026-532922-ZC0001", "蔬菜大棚", "经营性（产业基地）", "300,000.00"),
                List.of("2026-532922-ZC0002", "机耕路", "公益性（道路）", "1,234.50")), table.rows());
    }

    @Test
    void beforeAnyAssetIsRegisteredItSaysSoInsteadOfListingNone() {
        Block block = ProjectCompletionNoticeSource.assetsFormed(List.of());
        assertTrue(block instanceof Block.Paragraph p && p.text().contains("尚未登记"), block.toString());
    }
}
