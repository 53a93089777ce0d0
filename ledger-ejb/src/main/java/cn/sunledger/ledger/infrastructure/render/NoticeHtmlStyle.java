package cn.sunledger.ledger.infrastructure.render;

/**
 * The inline style sheet of a notice page. Inline because a published page is one frozen, hashed file that must
 * look right without any other request; small because many readers are on cheap phones and slow links.
 *
 * <p>Every colour pair below is used as foreground on background and has a contrast ratio of at least 4.5:1
 * (WCAG 2.1 AA for normal text); the unit test recomputes the ratios.
 */
final class NoticeHtmlStyle {

    static final String TEXT = "#1f1f1f";
    static final String MUTED = "#555555";
    static final String PAGE = "#ffffff";
    static final String PANEL = "#f6f7f9";
    static final String TABLE_HEAD = "#eef1f5";
    static final String LINK = "#0a58ca";
    static final String TYPE_BADGE = "#a4161a";
    static final String DRAFT_TEXT = "#5c3c00";
    static final String DRAFT_BACK = "#fff3cd";
    static final String STATUS_TEXT = "#7a1c1c";
    static final String STATUS_BACK = "#fdecec";

    /** Foreground/background pairs as used in {@link #CSS}, for the contrast test. */
    static final String[][] COLOUR_PAIRS = {
            {TEXT, PAGE}, {MUTED, PAGE}, {LINK, PAGE}, {TEXT, PANEL}, {MUTED, PANEL}, {LINK, PANEL},
            {TEXT, TABLE_HEAD}, {PAGE, TYPE_BADGE}, {DRAFT_TEXT, DRAFT_BACK}, {STATUS_TEXT, STATUS_BACK},
            {LINK, STATUS_BACK},
    };

    static final String CSS = ""
            + "*{box-sizing:border-box}"
            + "body{margin:0;background:" + PAGE + ";color:" + TEXT + ";font-family:\"Noto Sans SC\",\"PingFang SC\","
            + "\"Microsoft YaHei\",sans-serif;font-size:17px;line-height:1.75;-webkit-text-size-adjust:100%}"
            + ".page{max-width:46rem;margin:0 auto;padding:1rem}"
            + ".draft{margin:0;padding:.75rem 1rem;background:" + DRAFT_BACK + ";color:" + DRAFT_TEXT
            + ";font-weight:700;text-align:center;border-bottom:3px solid " + DRAFT_TEXT + "}"
            + ".type{display:inline-block;margin:0;padding:0 .6rem;border-radius:.25rem;background:" + TYPE_BADGE
            + ";color:" + PAGE + ";font-size:.9rem}"
            + "h1{font-size:1.5rem;line-height:1.4;margin:.5rem 0 1rem}"
            + "h2{font-size:1.25rem;margin:1.75rem 0 .5rem}h3{font-size:1.1rem;margin:1.25rem 0 .5rem}"
            + "h4,h5{font-size:1rem;margin:1rem 0 .25rem}"
            + ".meta{display:grid;grid-template-columns:max-content 1fr;gap:0 .75rem;margin:0 0 1rem;"
            + "padding:.75rem;background:" + PANEL + ";color:" + MUTED + "}"
            + ".meta dt{font-weight:700}.meta dd{margin:0;color:" + TEXT + ";overflow-wrap:anywhere}"
            + "p{margin:.6rem 0}a{color:" + LINK + "}"
            + "a:focus-visible,.table-wrap:focus-visible{outline:3px solid " + LINK + ";outline-offset:2px}"
            + ".status{padding:.5rem .75rem;background:" + STATUS_BACK + ";color:" + STATUS_TEXT
            + ";border-left:4px solid " + STATUS_TEXT + "}.status a{color:" + LINK + "}"
            + ".table-wrap{overflow-x:auto;margin:1rem 0}"
            + "table{border-collapse:collapse;min-width:100%;font-size:.9rem;line-height:1.5}"
            + "caption{text-align:left;font-weight:700;padding:.25rem 0}"
            + "th,td{border:1px solid #9aa0a8;padding:.35rem .5rem;text-align:left;vertical-align:top;"
            + "white-space:nowrap}"
            + ".long{white-space:normal;min-width:14em}"
            + "thead th{background:" + TABLE_HEAD + "}tbody th{font-weight:400}"
            + ".num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
            + ".hotlines a,.downloads a{display:inline-block;padding:.5rem 0}"
            + ".downloads a{margin-right:1.5rem}"
            + ".qr{display:flex;gap:1rem;align-items:center;margin-top:1.5rem;color:" + MUTED + "}"
            + ".qr img{width:7rem;height:7rem}.qr p{overflow-wrap:anywhere}"
            + "footer{border-top:1px solid #9aa0a8;margin-top:2rem}"
            + "@media print{body{font-size:11pt;color:#000}.page{max-width:none;padding:0}"
            + ".downloads{display:none}.table-wrap{overflow:visible}thead{display:table-header-group}"
            + "tr{break-inside:avoid}h2,h3,h4,h5{break-after:avoid}a{color:#000;text-decoration:none}"
            + ".type{background:none;color:#000;border:1px solid #000}.draft{border:3px solid #000}}";

    private NoticeHtmlStyle() {
    }
}
