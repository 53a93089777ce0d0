package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Removes the two things that make OpenPDF output differ from run to run: the creation date (the clock) and the
 * trailer /ID (clock and free memory). Published notices are hashed, so the same notice must give the same bytes.
 * The third, the random font subset tag, is fixed in {@link PdfFonts}.
 */
final class PdfReproducibility {

    private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");

    private PdfReproducibility() {
    }

    /** Must be called after {@code document.open()} and before {@code close()}. */
    static void fixVolatileMetadata(PdfWriter writer, NoticeDocument doc) {
        PdfDictionary info = writer.getInfo();
        if (doc.publishedOn() != null) {
            PdfDate date = new PdfDate(midnight(doc.publishedOn()));
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
        } else {
            // a draft has no date of its own; no date is more honest than a made-up one
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
        }
        // OpenPDF takes the trailer /ID from this Info entry when present instead of generating one
        byte[] id = Arrays.copyOf(fingerprint(doc), 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static GregorianCalendar midnight(LocalDate day) {
        GregorianCalendar calendar = new GregorianCalendar(CHINA);
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }

    /**
     * A digest of everything the notice says, so the file identifier is stable for the same notice and differs
     * between notices (and between a draft and its published version).
     */
    static byte[] fingerprint(NoticeDocument doc) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        Object[] fields = {doc.noticeNo(), doc.typeCode(), doc.typeLabel(), doc.title(), doc.issuer(),
                doc.docNumber(), doc.publishedOn(), doc.periodStart(), doc.periodEnd(), doc.regionNames(),
                doc.hotlines(), doc.portalUrl(), doc.attachments(), doc.supersedes(), doc.supersededBy(),
                doc.draft()};
        for (Object field : fields) {
            update(sha, String.valueOf(field));
        }
        for (Block block : doc.blocks()) {
            if (block instanceof Block.Heading h) {
                update(sha, "H" + h.level());
                update(sha, h.text());
            } else if (block instanceof Block.Paragraph p) {
                update(sha, "P");
                update(sha, p.text());
            } else if (block instanceof Block.Table t) {
                update(sha, "T" + t.caption());
                update(sha, t.header().toString());
                for (List<String> row : t.rows()) {
                    update(sha, row.toString());
                }
            }
        }
        return sha.digest();
    }

    /** Length-prefixed so that ("ab","c") and ("a","bc") digest differently. */
    private static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }
}
