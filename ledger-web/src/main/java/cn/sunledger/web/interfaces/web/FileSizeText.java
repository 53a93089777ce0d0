package cn.sunledger.web.interfaces.web;

import java.util.Locale;

/** A stored file's size as the screens show it: "1.2 MB", "350 KB" (at least 1 KB). */
final class FileSizeText {

    private FileSizeText() {
    }

    static String show(int bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : Math.max(1, bytes / 1024) + " KB";
    }
}
