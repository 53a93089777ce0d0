package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A fund report as an A4 PDF with the notices' Chinese font and table writer: the title, the region, year, as-of
 * day and generation time, a warning in red where a figure misses its target, then the tables, whose header rows
 * repeat on every page. Text passes the one PersonalDataMasker, as everything the ledger prints.
 */
public final class FundReportPdfRenderer {

    private static final Color WARNING = new Color(0xB0, 0x1C, 0x1C);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    public byte[] render(TabularReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(PersonalDataMasker.maskText(report.title()));
        document.addCreator("阳光台账 Sunshine Ledger");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        Paragraph title = new Paragraph(PersonalDataMasker.maskText(report.title()), PdfFonts.bold(16f));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        for (String line : report.heading()) {
            Paragraph p = new Paragraph(PersonalDataMasker.maskText(line), PdfFonts.font(9.5f, MUTED));
            p.setAlignment(Element.ALIGN_CENTER);
            document.add(p);
        }
        if (report.warning() != null) {
            Paragraph warning = new Paragraph(PersonalDataMasker.maskText(report.warning()), PdfFonts.bold(11f, WARNING));
            warning.setSpacingBefore(8);
            document.add(warning);
        }
        PdfTableWriter tables = new PdfTableWriter(PersonalDataMasker::maskText);
        for (TabularReport.Section section : report.sections()) {
            List<List<String>> rows = section.rows().stream()
                    .map(row -> row.stream().map(TabularReport.Cell::shown).toList()).toList();
            if (rows.isEmpty()) {
                rows = List.of(section.header().stream().map(h -> "—").toList());
            }
            tables.write(document, new Block.Table(section.caption(), section.header(), rows));
        }
        document.close();
        return out.toByteArray();
    }
}
