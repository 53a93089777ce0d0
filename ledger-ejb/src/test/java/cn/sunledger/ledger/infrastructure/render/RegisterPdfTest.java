package cn.sunledger.ledger.infrastructure.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class RegisterPdfTest {

    @Test
    void aStreamedRegisterIsLandscapeWithItsHeaderOnEveryPageTotalsAndPageNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedTablePdf pdf = new StreamedTablePdf(out, "漾濞彝族自治县扶贫项目资产台账", List.of("漾濞彝族自治县　截至 2041-06-30"),
                "漾濞彝族自治县 资产台账", List.of("资产编号", "资产名称", "原值（元）"), new float[] {2, 3, 2},
                new boolean[] {false, false, true})) {
            for (int i = 1; i <= 450; i++) {
                pdf.row(List.of("2041-532922-ZC" + String.format("%04d", i), "蔬菜大棚 " + i, "1,000.00"));
            }
            pdf.totals(List.of("合计", "450 项", "450,000.00"));
            pdf.section("按资产类别", List.of("项目", "数量（项）", "原值（元）"), List.of(List.of("经营性", "450", "450,000.00")));
        }
        byte[] bytes = out.toByteArray();
        int pages = PdfText.pageCount(bytes);
        assertTrue(pages > 3, "450 rows take several pages: " + pages);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            boolean turned = doc.getPage(0).getRotation() % 180 != 0;
            assertTrue(box.getWidth() > box.getHeight() != turned, "A4 landscape as shown");
            assertEquals(842, Math.round(Math.max(box.getWidth(), box.getHeight())), "A4");
        }
        List<String> texts = PdfText.pageTexts(bytes);
        for (int p = 0; p < pages; p++) {
            assertTrue(texts.get(p).contains("第 " + (p + 1) + " 页 / 共 " + pages + " 页"), "page number on " + (p + 1));
        }
        assertTrue(texts.get(1).contains("资产编号"), "the header repeats");
        String all = PdfText.all(bytes);
        assertTrue(all.contains("漾濞彝族自治县扶贫项目资产台账") && all.contains("2041-06-30"), all.substring(0, 200));
        assertTrue(all.contains("450,000.00") && all.contains("450 项") && all.contains("ZC0450"));
    }

    @Test
    void aHandoverLetterNamesBothPartiesTheAssetAndBothSignaturesAndMasksNumbers() {
        HandoverDocument d = new HandoverDocument("漾濞彝族自治县", "扶贫项目资产移交书", "2041-532922-ZC0001-YJ7",
                "苍山西镇人民政府", "光明村股份经济合作社", List.of("资产编号", "资产名称", "原值（元）"),
                List.of(List.of("2041-532922-ZC0001", "蔬菜大棚", "300,000.00")), "300,000.00", "大棚 40 亩，滴灌设施一套",
                "漾农验〔2041〕17号", "立项批复、验收报告（联系人 13812345678）", LocalDate.of(2041, 5, 1),
                LocalDate.of(2041, 5, 3), "王五（县乡村振兴/农业农村局）", LocalDate.of(2041, 5, 1), "李四（村级填报员）",
                LocalDate.of(2041, 5, 6), "资产已清点接收", LocalDateTime.of(2041, 5, 7, 9, 30));
        String text = PdfText.all(new HandoverPdfRenderer().render(d)).replaceAll("\\s+", "");
        for (String shown : List.of("扶贫项目资产移交书", "苍山西镇人民政府", "光明村股份经济合作社", "2041-532922-ZC0001",
                "蔬菜大棚", "300,000.00", "漾农验〔2041〕17号", "2041年5月1日", "2041年5月3日", "2041年5月6日", "王五", "李四",
                "移交方（盖章）", "接收方（盖章）", "资产已清点接收", "138****5678")) {
            assertTrue(text.contains(shown), shown + " in " + text);
        }
        assertEquals(-1, text.indexOf("13812345678"), "a mobile number is masked");
    }
}
