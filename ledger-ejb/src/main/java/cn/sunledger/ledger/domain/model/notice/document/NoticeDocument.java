package cn.sunledger.ledger.domain.model.notice.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A public notice (公告公示) as it will be published, independent of the output format. HTML, PDF and JSON are
 * all rendered from this one value, so the three always say the same thing.
 *
 * <p>The record holds data as entered; personal data is masked by the renderers, never here, so that the ledger
 * data stays intact and the masking rule can change without touching stored documents.
 *
 * @param noticeNo     the notice number; may be null only while {@code draft}
 * @param typeCode     the notice type code, e.g. {@code POLICY}
 * @param typeLabel    the type's Chinese label as shown to readers, e.g. 政策文件
 * @param title        the title
 * @param issuer       the issuing body (发布单位)
 * @param docNumber    the official document number (文号), if any
 * @param publishedOn  the publication date; may be null only while {@code draft}
 * @param periodStart  first day of the notice period (公示期); null together with {@code periodEnd}
 * @param periodEnd    last day of the notice period
 * @param regionNames  where the notice is posted
 * @param hotlines     supervision telephone lines; the national line 12317 is always first
 * @param portalUrl    the notice's public URL, encoded in the QR code; may be null only while {@code draft}
 * @param blocks       the body
 * @param attachments  names of attached files
 * @param supersedes   notice number this notice replaces, if any
 * @param supersededBy notice number that replaced this notice, if any
 * @param draft        a preview that has not been published
 */
public record NoticeDocument(
        String noticeNo,
        String typeCode,
        String typeLabel,
        String title,
        String issuer,
        String docNumber,
        LocalDate publishedOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> regionNames,
        List<Hotline> hotlines,
        String portalUrl,
        List<Block> blocks,
        List<String> attachments,
        String supersedes,
        String supersededBy,
        boolean draft) {

    private static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public NoticeDocument {
        noticeNo = Texts.optionalIdentifier(noticeNo, "notice number");
        typeCode = Texts.requireText(typeCode, "type code");
        if (!TYPE_CODE.matcher(typeCode).matches()) {
            throw new IllegalArgumentException("type code must be upper-case letters, digits or '_': " + typeCode);
        }
        typeLabel = Texts.requireText(typeLabel, "type label");
        title = Texts.requireText(title, "title");
        issuer = Texts.requireText(issuer, "issuer");
        docNumber = Texts.blankToNull(docNumber);
        checkPeriod(periodStart, periodEnd);
        regionNames = Texts.requireTexts(regionNames, "region name");
        hotlines = withNationalLineFirst(Objects.requireNonNull(hotlines, "hotlines"));
        portalUrl = checkedUrl(portalUrl);
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        attachments = Texts.requireTexts(attachments, "attachment name");
        supersedes = Texts.optionalIdentifier(supersedes, "superseded notice number");
        supersededBy = Texts.optionalIdentifier(supersededBy, "superseding notice number");
        if (noticeNo != null && (noticeNo.equals(supersedes) || noticeNo.equals(supersededBy))) {
            throw new IllegalArgumentException("a notice cannot supersede or be superseded by itself: " + noticeNo);
        }
        if (!draft) {
            requirePublishable(noticeNo, publishedOn, portalUrl, blocks);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this document's values, for derived documents (e.g. the published version). */
    public Builder toBuilder() {
        return new Builder().noticeNo(noticeNo).type(typeCode, typeLabel).title(title).issuer(issuer)
                .docNumber(docNumber).publishedOn(publishedOn).period(periodStart, periodEnd)
                .regionNames(regionNames).hotlines(hotlines).portalUrl(portalUrl).blocks(blocks)
                .attachments(attachments).supersedes(supersedes).supersededBy(supersededBy).draft(draft);
    }

    public boolean hasPeriod() {
        return periodStart != null;
    }

    private static void checkPeriod(LocalDate start, LocalDate end) {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a notice period needs both a first and a last day");
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("notice period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The national line is mandatory on every notice; callers pass the county's own lines and may omit it. */
    private static List<Hotline> withNationalLineFirst(List<Hotline> given) {
        Map<String, Hotline> byNumber = new LinkedHashMap<>();
        byNumber.put(Hotline.NATIONAL_SUPERVISION.dialString(), Hotline.NATIONAL_SUPERVISION);
        for (Hotline h : given) {
            byNumber.putIfAbsent(Objects.requireNonNull(h, "hotline").dialString(), h);
        }
        return List.copyOf(byNumber.values());
    }

    /** Only absolute http(s) URLs: the value is put into a QR code and a link that citizens will follow. */
    private static String checkedUrl(String url) {
        String u = Texts.blankToNull(url);
        if (u == null) {
            return null;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("portal URL must be an absolute http(s) URL: " + u);
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portal URL is not a valid URL: " + u, e);
        }
    }

    private static void requirePublishable(String noticeNo, LocalDate publishedOn, String portalUrl,
                                           List<Block> blocks) {
        List<String> missing = new ArrayList<>();
        if (noticeNo == null) {
            missing.add("notice number");
        }
        if (publishedOn == null) {
            missing.add("publication date");
        }
        if (portalUrl == null) {
            missing.add("portal URL");
        }
        if (blocks.isEmpty()) {
            missing.add("body");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a published notice needs " + String.join(", ", missing));
        }
    }

    /** Collects the many fields of a notice; validation happens once, in {@link #build()}. */
    public static final class Builder {
        private String noticeNo;
        private String typeCode;
        private String typeLabel;
        private String title;
        private String issuer;
        private String docNumber;
        private LocalDate publishedOn;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private List<String> regionNames = List.of();
        private List<Hotline> hotlines = List.of();
        private String portalUrl;
        private List<Block> blocks = List.of();
        private List<String> attachments = List.of();
        private String supersedes;
        private String supersededBy;
        private boolean draft;

        private Builder() {
        }

        public Builder noticeNo(String value) {
            this.noticeNo = value;
            return this;
        }

        public Builder type(String code, String label) {
            this.typeCode = code;
            this.typeLabel = label;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder docNumber(String value) {
            this.docNumber = value;
            return this;
        }

        public Builder publishedOn(LocalDate value) {
            this.publishedOn = value;
            return this;
        }

        public Builder period(LocalDate start, LocalDate end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        public Builder regionNames(List<String> value) {
            this.regionNames = value;
            return this;
        }

        public Builder hotlines(List<Hotline> value) {
            this.hotlines = value;
            return this;
        }

        public Builder portalUrl(String value) {
            this.portalUrl = value;
            return this;
        }

        public Builder blocks(List<Block> value) {
            this.blocks = value;
            return this;
        }

        public Builder attachments(List<String> value) {
            this.attachments = value;
            return this;
        }

        public Builder supersedes(String value) {
            this.supersedes = value;
            return this;
        }

        public Builder supersededBy(String value) {
            this.supersededBy = value;
            return this;
        }

        public Builder draft(boolean value) {
            this.draft = value;
            return this;
        }

        public NoticeDocument build() {
            return new NoticeDocument(noticeNo, typeCode, typeLabel, title, issuer, docNumber, publishedOn,
                    periodStart, periodEnd, regionNames, hotlines, portalUrl, blocks, attachments, supersedes,
                    supersededBy, draft);
        }
    }
}
