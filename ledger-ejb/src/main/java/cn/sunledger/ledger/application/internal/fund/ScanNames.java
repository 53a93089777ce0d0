package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.domain.model.shared.FileContent;
import cn.sunledger.ledger.domain.model.shared.FileType;

/**
 * The names a scan goes by: the name it was uploaded under, as the screens show it ({@link FileContent#storedName}:
 * the client's path dropped, the extension its real type's), and the name it is downloaded under, made of the
 * document's 文号 so that a saved file says what it is (漾财农〔2026〕12号（扫描件）.pdf).
 */
final class ScanNames {

    private ScanNames() {
    }

    static String stored(String uploaded, String docNumber, FileType type) {
        return FileContent.storedName(uploaded, download(docNumber), type);
    }

    /** The download name without extension: the 文号 with characters no file system takes replaced. */
    static String download(String docNumber) {
        return docNumber.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "（扫描件）";
    }
}
