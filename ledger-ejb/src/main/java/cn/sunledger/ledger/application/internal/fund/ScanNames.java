package cn.sunledger.ledger.application.internal.fund;

import java.util.Locale;

/**
 * The names a scan goes by: the name it was uploaded under, as the screens show it (the client's path dropped, the
 * extension its real type's), and the name it is downloaded under, made of the document's 文号 so that a saved file
 * says what it is (漾财农〔2026〕12号（扫描件）.pdf).
 */
final class ScanNames {

    private static final int MAX_NAME = 200;

    private ScanNames() {
    }

    static String stored(String uploaded, String docNumber, String mediaType) {
        String name = uploaded == null ? "" : uploaded.strip();
        // browsers may send C:\fakepath\x.pdf; only the last segment is the file's name
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            name = download(docNumber);
        }
        String ext = "application/pdf".equals(mediaType) ? ".pdf" : ".jpg";
        String lower = name.toLowerCase(Locale.ROOT);
        boolean right = "application/pdf".equals(mediaType) ? lower.endsWith(".pdf")
                : lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        if (!right) {
            name = name + ext;
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    /** The download name without extension: the 文号 with characters no file system takes replaced. */
    static String download(String docNumber) {
        return docNumber.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "（扫描件）";
    }
}
