package cn.sunledger.ledger.domain.model.notice;

import java.util.Locale;

/** The three renditions of a notice. */
public enum NoticeFormat {
    HTML("text/html;charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    JSON("application/json;charset=UTF-8", "json");

    private final String mediaType;
    private final String extension;

    NoticeFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static NoticeFormat parse(String text) {
        for (NoticeFormat f : values()) {
            if (f.extension.equals(text == null ? "" : text.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
