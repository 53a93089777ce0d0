package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import java.time.LocalDate;

/**
 * The fixed Chinese wording shared by the HTML and PDF renderers, kept in one place so a printed notice and
 * its web page never label the same field differently.
 */
final class NoticeWording {

    static final String NOTICE_NO = "公告编号";
    static final String ISSUER = "发布单位";
    static final String DOC_NUMBER = "文号";
    static final String PUBLISHED_ON = "发布日期";
    static final String PERIOD = "公示期";
    static final String REGIONS = "公示范围";
    static final String ATTACHMENTS = "附件";
    static final String HOTLINES = "监督举报电话";
    static final String DRAFT_BANNER = "草稿 / 预览：本公告尚未发布，不得张贴或转发";
    static final String DRAFT_MARK = "草稿";
    static final String UNNUMBERED = "未编号（草稿）";
    /** Marks the blank room above the issuing unit where the paper copy is stamped. */
    static final String SEAL = "（盖章）";
    /** The sign-off date of a draft: it is dated when it is published, not before. */
    static final String DATE_ON_PUBLICATION = "（日期以发布时为准）";
    static final String QR_CAPTION = "扫码查看网上公示";
    static final String DOWNLOAD_PDF = "下载PDF";
    static final String DOWNLOAD_JSON = "JSON数据";

    private NoticeWording() {
    }

    /** 2025年5月28日: the form used on Chinese government notices, never dependent on the server locale. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String period(NoticeDocument doc) {
        return date(doc.periodStart()) + "至" + date(doc.periodEnd());
    }

    static String noticeNo(NoticeDocument doc) {
        return doc.noticeNo() == null ? UNNUMBERED : doc.noticeNo();
    }

    static String supersedesText(String otherNo) {
        return "本公告替代此前发布的公告 " + otherNo + "。";
    }

    static String supersededByText(String otherNo) {
        return "本公告已被公告 " + otherNo + " 替代，请以新公告为准。";
    }

    static String regions(NoticeDocument doc) {
        return String.join("、", doc.regionNames());
    }
}
