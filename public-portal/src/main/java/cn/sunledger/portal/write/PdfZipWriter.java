package cn.sunledger.portal.write;

import cn.sunledger.portal.read.Renditions.PdfItem;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams the auditors' bulk download: one {@code <noticeNo>.pdf} per item, then {@code manifest.csv}
 * (noticeNo, file, sha256, logIndex) listing exactly the files written. Only one PDF is in memory at a
 * time, and the ZIP goes straight to the response.
 *
 * <p>PDFs are stored, not deflated: they are compressed inside already, and deflating them again would
 * spend the server's CPU for almost nothing. Entry times are the publication times, so the same
 * selection always gives the same archive bytes.
 */
public final class PdfZipWriter {

    public static final String MANIFEST = "manifest.csv";

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final LocalDateTime NO_ITEMS = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** Where the PDF bytes come from (the database in the portal, a map in tests). */
    @FunctionalInterface
    public interface PdfSource {
        /** The PDF of this notice, or null if it has none. */
        byte[] pdf(String noticeNo) throws IOException;
    }

    private PdfZipWriter() {
    }

    public static void write(OutputStream out, List<PdfItem> items, PdfSource source) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<PdfItem> written = new ArrayList<>(items.size());
        LocalDateTime newest = NO_ITEMS;
        for (PdfItem item : items) {
            byte[] pdf = source.pdf(item.noticeNo());
            if (pdf == null) {
                continue;
            }
            stored(zip, fileName(item.noticeNo()), pdf, item.publishedAt());
            written.add(item);
            newest = item.publishedAt().isAfter(newest) ? item.publishedAt() : newest;
        }
        ZipEntry manifest = new ZipEntry(MANIFEST);
        manifest.setTimeLocal(newest);
        zip.putNextEntry(manifest);
        CsvWriter csv = new CsvWriter(zip);
        csv.row("noticeNo", "file", "sha256", "logIndex");
        for (PdfItem item : written) {
            csv.row(item.noticeNo(), fileName(item.noticeNo()), item.sha256(), Long.toString(item.logIndex()));
        }
        csv.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /**
     * {@code <noticeNo>.pdf}. Notice numbers are letters, digits and '-'; anything else is replaced so that
     * no name can climb out of the folder an auditor unpacks into.
     */
    static String fileName(String noticeNo) {
        String name = noticeNo + ".pdf";
        return SAFE_NAME.matcher(name).matches() ? name : name.replaceAll("[^A-Za-z0-9._-]", "_").replace("..", "__");
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes, LocalDateTime time) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
