package cn.sunledger.ledger.domain.model.shared;

import java.util.Locale;

/** The kinds of file the ledger stores for staff (scans, photos, documents), each with its media type and extension. */
public enum FileType {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a saved file of this type is given, with its dot. */
    public String extension() {
        return extension;
    }

    public boolean image() {
        return this != PDF;
    }

    /** Whether a file name already ends as a file of this type does (.jpeg counts as a JPEG's). */
    boolean named(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(extension) || this == JPEG && lower.endsWith(".jpeg");
    }

    /** The type stored under {@code mediaType}. */
    public static FileType ofMediaType(String mediaType) {
        for (FileType t : values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a stored file type: " + mediaType);
    }
}
