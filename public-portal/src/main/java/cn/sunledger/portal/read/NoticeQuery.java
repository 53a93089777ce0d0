package cn.sunledger.portal.read;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The list and search parameters of {@code /portal/api/notices} and the search page, checked:
 * {@code region, type, year, q, page, size}.
 */
public record NoticeQuery(String region, String type, Integer year, String keyword, int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_KEYWORD = 100;
    /** Deep paging is of no use to a reader and costs the database a long OFFSET scan. */
    public static final int MAX_PAGE = 10_000;

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** @throws BadParameterException naming every invalid parameter */
    public static NoticeQuery parse(Function<String, String> parameter, int defaultSize) {
        Params params = new Params(parameter);
        String region = params.regionCode("region");
        String type = params.matching("type", TYPE, "type 必须是公告类型代码，如 POLICY",
                "type must be a notice type code such as POLICY");
        Integer year = yearOf(params);
        String keyword = params.text("q");
        if (keyword != null && keyword.length() > MAX_KEYWORD) {
            params.refuse("q", "关键词不能超过 " + MAX_KEYWORD + " 个字", "q must be at most " + MAX_KEYWORD + " characters");
        }
        Long page = params.number("page", 0, 0, MAX_PAGE);
        Long size = params.number("size", defaultSize, 1, MAX_SIZE);
        params.check();
        return new NoticeQuery(region, type, year, keyword, page.intValue(), size.intValue());
    }

    /** The {@code year} parameter, shared by the list and the exports. */
    public static Integer yearOf(Params params) {
        Long year = params.optionalNumber("year", 1990, 2999);
        return year == null ? null : year.intValue();
    }

    public NoticeFilter filter() {
        return new NoticeFilter(region == null ? null : RegionScope.subtreePrefix(region), null, null, type, year,
                keyword);
    }

    public long offset() {
        return (long) page * size;
    }
}
