package cn.sunledger.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.portal.read.PublicAsset;
import cn.sunledger.portal.read.PublicProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An asset as a villager reads it on a region page: labels and names only, its notices linked, a household unnamed. */
class AssetListHtmlTest {

    private static PublicAsset asset(String className, boolean personal, String owners, String operator,
            List<PublicProject.Notice> notices) {
        return new PublicAsset(42, "2043-532924-ZC0001", "葡萄冷链保鲜库<一期>", className, "冷链",
                new BigDecimal("1234567.8"), LocalDate.of(2043, 4, 1), "上古城组", "村级", personal, owners, operator,
                "正常运营", List.of(new PublicAsset.Source("2043-532924-0007", "古城村葡萄冷链保鲜库项目")), notices);
    }

    @Test
    void anOperatedAssetShowsItsFiguresOwnerOperatorSourceAndNoticeLinks() {
        String html = AssetListHtml.render(List.of(asset("经营性", false, "古城村股份经济合作社", "宾川某果蔬公司",
                List.of(new PublicProject.Notice("532924-2043-00012", "ASSET_HANDOVER", "资产确权移交公示",
                        LocalDateTime.of(2043, 5, 2, 9, 30), "532924-2043-00013")))), "无");
        assertTrue(html.startsWith("<ol class=\"notices assets\"><li id=\"asset-42\">"), html);
        assertTrue(html.contains("<span class=\"type\">正常运营</span>经营性 · 冷链 · 资产编号 2043-532924-ZC0001"), html);
        assertTrue(html.contains("<h3>葡萄冷链保鲜库&lt;一期&gt;</h3>"), "names are escaped: " + html);
        assertTrue(html.contains("原值 <span class=\"value\">1,234,567.80</span> 元 · 形成日期 2043-04-01 · 位于 上古城组"), html);
        assertTrue(html.contains("产权归属：古城村股份经济合作社（村级） · 运营方：宾川某果蔬公司"), html);
        assertTrue(html.contains("来源项目：古城村葡萄冷链保鲜库项目（2043-532924-0007）"), html);
        assertTrue(html.contains("资产公告：<a href=\"/portal/notices/532924-2043-00012\">资产确权移交公示 532924-2043-00012</a>"
                + "（已被更正）"), html);
        assertFalse(html.contains("暂无已发布的资产公告"), html);
    }

    @Test
    void aHouseholdsAssetNamesNeitherOwnerNorOperator() {
        String html = AssetListHtml.render(List.of(asset("到户类", true, null, null, List.of())), "无");
        assertTrue(html.contains("产权归属：农户（个人信息不公开） · 运营方：不公开"), html);
        assertTrue(html.contains("暂无已发布的资产公告。"), html);
    }

    @Test
    void anAssetBeforeOwnershipIsConfirmedSaysSo() {
        assertEquals("待确权", AssetListHtml.owner(asset("公益性", false, null, null, List.of())));
        assertTrue(AssetListHtml.render(List.of(), "暂无位于本地的项目资产。").contains("<p>暂无位于本地的项目资产。</p>"));
    }
}
