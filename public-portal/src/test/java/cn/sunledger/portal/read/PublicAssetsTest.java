package cn.sunledger.portal.read;

import static cn.sunledger.portal.FakeJdbc.proxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the region pages' assets get their source projects and notices: one query each for all listed assets, the
 * notices asked for by the assets' ids (public_asset_notice maps each asset notice type's subject to its asset), and
 * every row given to its asset.
 * Served by a fake JDBC connection that records each statement and its parameters (the real views are exercised by
 * PortalAssetsIT and, for the notices, PortalAssetsIT's published 资产确权移交公示).
 */
class PublicAssetsTest {

    private record Query(String sql, Map<Integer, Object> params) {
    }

    private final List<Query> queries = new ArrayList<>();

    @Test
    void sourcesAndHandoverAndDisposalNoticesReachTheirAssetsInOneQueryEach() throws Exception {
        Map<Long, PublicAsset> assets = new LinkedHashMap<>();
        assets.put(7L, asset(7));
        assets.put(9L, asset(9));
        LocalDateTime published = LocalDateTime.of(2043, 5, 2, 9, 30);
        Connection c = connection(List.of(
                List.of(new Object[] {9L, "2043-532924-0007", "古城村葡萄冷链保鲜库项目"},
                        new Object[] {9L, "2043-532924-0008", "古城村就业帮扶车间项目"},
                        new Object[] {7L, "2043-532924-0007", "古城村葡萄冷链保鲜库项目"}),
                List.of(new Object[] {9L, "532924-2043-00012", "ASSET_HANDOVER", "资产确权移交公示", published, null},
                        new Object[] {9L, "532924-2043-00015", "ASSET_DISPOSAL", "资产处置公示", published.plusDays(40),
                            "532924-2043-00016"})));

        List<PublicAsset> filled = PublicAssets.withSourcesAndNotices(c, assets);

        assertEquals(2, queries.size(), "one query for the sources and one for the notices: " + queries);
        assertTrue(queries.get(0).sql().contains("FROM public_asset_source WHERE asset_id IN (?,?)"), queries.get(0).sql());
        assertEquals(List.of(7L, 9L), List.copyOf(queries.get(0).params().values()));
        Query notices = queries.get(1);
        assertTrue(notices.sql().contains("FROM public_asset_notice a") && notices.sql().contains("a.asset_id IN (?,?)"),
                notices.sql());
        assertEquals(List.of(7L, 9L), List.copyOf(notices.params().values()));

        PublicAsset seven = filled.get(0);
        PublicAsset nine = filled.get(1);
        assertEquals(List.of(new PublicAsset.Source("2043-532924-0007", "古城村葡萄冷链保鲜库项目")), seven.sources());
        assertEquals(List.of(), seven.notices());
        assertEquals(2, nine.sources().size());
        assertEquals(List.of("532924-2043-00012", "532924-2043-00015"),
                nine.notices().stream().map(PublicProject.Notice::noticeNo).toList());
        assertEquals("资产确权移交公示", nine.notices().get(0).typeLabel());
        assertEquals("资产处置公示", nine.notices().get(1).typeLabel());
        assertEquals("532924-2043-00016", nine.notices().get(1).supersededBy());
    }

    static PublicAsset asset(long id) {
        return new PublicAsset(id, "2043-532924-ZC000" + id, "葡萄冷库", "经营性", "冷链", new BigDecimal("30000.00"),
                LocalDate.of(2043, 4, 1), "上古城组", "村级", false, "古城村股份经济合作社", "宾川某果蔬公司", "正常运营",
                List.of(), List.of());
    }

    /** Each statement answers the next list of rows, in order. */
    private Connection connection(List<List<Object[]>> answers) {
        int[] next = {0};
        return proxy(Connection.class, (m, args) -> {
            if (!m.getName().equals("prepareStatement")) {
                return null;
            }
            Query q = new Query((String) args[0], new LinkedHashMap<>());
            queries.add(q);
            List<Object[]> rows = answers.get(next[0]++);
            return proxy(PreparedStatement.class, (pm, pargs) -> switch (pm.getName()) {
                case "setObject" -> q.params().put((Integer) pargs[0], pargs[1]);
                case "executeQuery" -> resultSet(rows);
                default -> null;
            });
        });
    }

    private static ResultSet resultSet(List<Object[]> rows) {
        int[] at = {-1};
        return proxy(ResultSet.class, (m, args) -> switch (m.getName()) {
            case "next" -> ++at[0] < rows.size();
            case "getLong" -> (Long) rows.get(at[0])[(Integer) args[0] - 1];
            case "getString" -> (String) rows.get(at[0])[(Integer) args[0] - 1];
            case "getObject" -> rows.get(at[0])[(Integer) args[0] - 1];
            default -> null;
        });
    }
}
