package cn.sunledger.ledger.application.fund;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a report is exported in. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ExportFormat> of(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(f -> f.extension.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
