package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The 移交书 on A4 portrait: title and number, the two parties, the assets with their 原值 and total, the 验收 report,
 * the archive list, the dates, and two signature blocks (移交方, 接收方) with room for the seal and the hand signature.
 * A staff document: like every print of the ledger its text passes PersonalDataMasker (ID and mobile numbers), and
 * names stay as they are — the masker keeps names visible by rule, public or not.
 */
public final class HandoverPdfRenderer {

    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public byte[] render(HandoverDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A4, 48, 48, 48, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.setPageEvent(new RegisterPageFooter(mask(d.countyName() + " " + d.title() + " " + d.documentNo())));
        document.addTitle(mask(d.title()));
        document.addCreator("阳光台账 Sunshine Ledger");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));

        Paragraph title = new Paragraph(mask(d.title()), PdfFonts.bold(18f));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph number = new Paragraph(mask(d.countyName() + "　编号：" + d.documentNo()), PdfFonts.font(9.5f, MUTED));
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(10);
        document.add(number);

        document.add(fields(List.of(
                List.of("移交方（项目实施单位）", d.fromUnit()),
                List.of("接收方（产权主体）", d.toOwner()),
                List.of("项目验收报告", d.acceptanceReportRef()),
                List.of("移交日期", day(d.handedOverOn())),
                List.of("入账日期", day(d.bookedOn())))));

        List<List<String>> rows = new ArrayList<>(d.assets());
        List<String> total = new ArrayList<>();
        for (int i = 0; i < d.assetHeader().size(); i++) {
            total.add(i == 0 ? "合计" : i == d.assetHeader().size() - 1 ? d.totalValue() : "");
        }
        rows.add(total);
        new PdfTableWriter(HandoverPdfRenderer::mask).write(document, new Block.Table("移交资产", d.assetHeader(), rows));

        paragraph(document, "移交资产清单", d.assetList());
        paragraph(document, "移交档案资料", d.archiveList());
        Paragraph statement = new Paragraph(mask("经双方清点核对，上述资产及档案资料已于" + day(d.handedOverOn())
                + "由移交方移交接收方，接收方依规入账、管护和运营。"), PdfFonts.font(10.5f));
        statement.setSpacingBefore(8);
        statement.setSpacingAfter(14);
        document.add(statement);

        document.add(signatures(d));
        Paragraph generated = new Paragraph(mask("打印时间：" + d.generatedAt().toString().replace('T', ' ')),
                PdfFonts.font(8f, MUTED));
        generated.setSpacingBefore(16);
        document.add(generated);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable fields(List<List<String>> pairs) {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 3.7f});
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        for (List<String> pair : pairs) {
            t.addCell(cell(pair.get(0), PdfFonts.bold(10f)));
            t.addCell(cell(pair.get(1), PdfFonts.font(10f)));
        }
        return t;
    }

    private static void paragraph(Document document, String caption, String text) {
        Paragraph heading = new Paragraph(mask(caption), PdfFonts.bold(10.5f));
        heading.setSpacingBefore(8);
        document.add(heading);
        document.add(new Paragraph(mask(text == null || text.isBlank() ? "—" : text), PdfFonts.font(10f)));
    }

    /** 移交方 and 接收方 side by side: unit, who signed (name and role), the date, and space for seal and signature. */
    private static PdfPTable signatures(HandoverDocument d) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        t.addCell(block("移交方（盖章）", d.fromUnit(), "经办人：" + orBlank(d.signedBy()),
                "签署日期：" + day(d.signedOn()), null));
        t.addCell(block("接收方（盖章）", d.toOwner(), "确认人：" + orBlank(d.confirmedBy()),
                "确认日期：" + (d.confirmedOn() == null ? "（尚未确认接收）" : day(d.confirmedOn())), d.opinion()));
        return t;
    }

    private static PdfPCell block(String heading, String party, String person, String date, String opinion) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderWidth(0.5f);
        cell.addElement(new Paragraph(mask(heading), PdfFonts.bold(11f)));
        cell.addElement(new Paragraph(mask(party), PdfFonts.font(10.5f)));
        if (opinion != null && !opinion.isBlank()) {
            cell.addElement(new Paragraph(mask("接收意见：" + opinion), PdfFonts.font(10f)));
        }
        cell.addElement(new Paragraph(mask(person), PdfFonts.font(10f)));
        cell.addElement(new Paragraph("负责人签字：____________________", PdfFonts.font(10f)));
        cell.addElement(new Paragraph(mask(date), PdfFonts.font(10f)));
        cell.setMinimumHeight(130);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(mask(text == null ? "" : text), font));
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        return cell;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static String mask(String text) {
        return PersonalDataMasker.maskText(text);
    }
}
