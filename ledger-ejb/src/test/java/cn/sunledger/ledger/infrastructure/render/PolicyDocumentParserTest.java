package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;
import cn.sunledger.ledger.domain.model.notice.document.Hotline;
import cn.sunledger.ledger.domain.model.notice.document.NoticeDocument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyDocumentParserTest {

    /** Strings that only page furniture contains, never the documents themselves. */
    private static final List<String> FURNITURE = List.of("当前位置", "首页", "政务公开 /", "索引号", "主题分类",
            "发布机构", "浏览量", "【字体", "打印文本", "•", "返回顶部", "扫一扫", "大河财立方", "此件公开发布", "目 录");

    private final PolicyDocumentParser parser = new PolicyDocumentParser();

    private static String resource(String fileName) throws IOException {
        try (InputStream in = PolicyDocumentParserTest.class.getClassLoader()
                .getResourceAsStream(PolicyDocumentSource.RESOURCE_FOLDER + fileName)) {
            assertNotNull(in, fileName + " is on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dali-2022-income-action-plan.txt|大理州脱贫人口持续增收三年行动方案（2022—2024年）|25",
            "shidian-2025-work-points.txt|施甸县巩固拓展脱贫攻坚成果工作要点|30",
            "zhengzhou-2024-income-action-plan.txt|郑州市脱贫人口增收行动方案（2024—2025年）|20",
            "weixi-2022-income-action-plan.txt|维西县脱贫人口持续增收三年行动方案（2022—2024年）|25",
            "dali-14th-five-year-plan.txt|大理州“十四五”巩固拓展脱贫攻坚成果同乡村振兴有效衔接规划|4"})
    void eachDemoDocumentParsesIntoTitledSectionsWithoutFurniture(String file, String title, int minHeadings) {
        PolicyDocumentSource source = PolicyDocumentSource.DEMO.stream()
                .filter(s -> s.fileName().equals(file)).findFirst().orElseThrow();
        ParsedPolicyDocument doc = parser.parse(source);

        assertEquals(title, doc.title());
        long headings = doc.blocks().stream().filter(Block.Heading.class::isInstance).count();
        assertTrue(headings > minHeadings, file + ": " + headings + " headings");
        assertTrue(doc.blocks().get(0) instanceof Block.Paragraph p && p.text().startsWith("为"),
                file + " body starts with the purpose clause");
        for (String text : texts(doc.blocks())) {
            for (String marker : FURNITURE) {
                assertFalse(text.contains(marker), file + " block contains furniture '" + marker + "': " + text);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "dali-2022-income-action-plan.txt|中共大理州委办公室、大理州人民政府办公室|-|2022-09-01",
            "shidian-2025-work-points.txt|施甸县农业农村局|-|2025-05-28",
            "zhengzhou-2024-income-action-plan.txt|郑州市人民政府办公厅|-|2024-04-12",
            "weixi-2022-income-action-plan.txt|中共维西县委办公室、维西县人民政府办公室|维办发〔2022〕30号|2022-09-29",
            "dali-14th-five-year-plan.txt|大理州乡村振兴局|-|2023-05-01"})
    void metadataIsReadFromTheTextItself(String file, String issuer, String docNumber, LocalDate date)
            throws IOException {
        ParsedPolicyDocument doc = parser.parse(resource(file));
        assertEquals(issuer, doc.issuer());
        assertEquals(docNumber, doc.docNumber());
        assertEquals(date, doc.date());
    }

    @Test
    void titleMissingFromThePageComesFromTheListing() throws IOException {
        assertNull(parser.parse(resource("shidian-2025-work-points.txt")).title());
        PolicyDocumentSource shidian = PolicyDocumentSource.DEMO.get(1);
        assertEquals(shidian.title(), parser.parse(shidian).title());
    }

    @Test
    void runInHeadingsAreSplitAndWrappedLinesJoined() {
        ParsedPolicyDocument doc = parser.parse(PolicyDocumentSource.DEMO.get(1));
        int at = indexOfHeading(doc.blocks(), "(一)确定监测范围");
        Block.Paragraph next = (Block.Paragraph) doc.blocks().get(at + 1);
        assertTrue(next.text().startsWith("综合考虑全县社会经济发展水平、物价指数"), next.text());
    }

    @Test
    void tabSeparatedTableBecomesATableWithCaption() throws IOException {
        ParsedPolicyDocument doc = parser.parse(resource("weixi-2022-income-action-plan.txt"));
        Block.Table table = doc.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        assertEquals("全县脱贫人口人均纯收入增长目标表（预期增长表）", table.caption());
        assertEquals(List.of("年度 指 标", "2021 年基数", "2022 年", "2023 年", "2024 年"), table.header());
        assertEquals(10, table.rows().size());
        assertEquals(List.of("（三）人均财产性收入（元）", "524", "591.49", "667.11", "757.61"), table.rows().get(6),
                "a wrapped first cell is rejoined");
        assertEquals("脱贫人口人均纯收入（元）", table.rows().get(0).get(0), "a stray leading tab is dropped");
    }

    @Test
    void pipeCellTableBecomesATable() throws IOException {
        ParsedPolicyDocument doc = parser.parse(resource("dali-14th-five-year-plan.txt"));
        Block.Table table = doc.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        assertEquals("大理州脱贫县摘帽、贫困村退出、贫困人口脱贫数量和人均纯收入增加情况", table.caption());
        assertEquals(6, table.columnCount());
        assertEquals(List.of("2014年", "0", "0", "0", "65321", "2523"), table.rows().get(0));
        assertEquals(List.of("合 计", "11", "34", "541", "429561", ""), table.rows().get(7));
    }

    @Test
    void headingLevelsFollowTheNumberingStyle() {
        ParsedPolicyDocument doc = parser.parse(String.join("\n",
                "当前位置: 首页 / 政策文件",
                "某县某某工作方案",
                "为做好某项工作，根据上级文件精神，结合本县实际，制定本方案。",
                "一、总体要求",
                "（一）工作目标。到2025年完成任务。",
                "1.细化措施。逐户落实。",
                "（1）明确责任",
                "第二章 保障",
                "返回顶部"));
        assertEquals("某县某某工作方案", doc.title());
        assertEquals(List.of(new Block.Paragraph("为做好某项工作，根据上级文件精神，结合本县实际，制定本方案。"),
                new Block.Heading(1, "一、总体要求"),
                new Block.Heading(2, "（一）工作目标"),
                new Block.Paragraph("到2025年完成任务。"),
                new Block.Heading(3, "1.细化措施"),
                new Block.Paragraph("逐户落实。"),
                new Block.Heading(4, "（1）明确责任"),
                new Block.Heading(1, "第二章 保障")), doc.blocks());
    }

    @Test
    void aParsedPolicyBecomesARenderableNotice() {
        ParsedPolicyDocument parsed = parser.parse(PolicyDocumentSource.DEMO.get(3));
        NoticeDocument notice = parsed.toDraftNotice()
                .regionNames(List.of("迪庆州维西县"))
                .hotlines(List.of(new Hotline("维西县农业农村局", "0887-8622000")))
                .build();
        assertEquals("政策文件", notice.typeLabel());
        assertEquals("维办发〔2022〕30号", notice.docNumber());
        String pdfText = PdfText.all(new NoticePdfRenderer().render(notice)).replaceAll("\\s+", "");
        assertTrue(pdfText.contains("维西县脱贫人口持续增收三年行动方案（2022—2024年）"));
        assertTrue(pdfText.contains("全县脱贫人口人均纯收入增长目标表"));
    }

    private static int indexOfHeading(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no heading " + text);
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().flatMap(b -> {
            if (b instanceof Block.Heading h) {
                return Stream.of(h.text());
            }
            if (b instanceof Block.Paragraph p) {
                return Stream.of(p.text());
            }
            Block.Table t = (Block.Table) b;
            return Stream.concat(Stream.of(String.valueOf(t.caption())),
                    Stream.concat(t.header().stream(), t.rows().stream().flatMap(List::stream)));
        }).toList();
    }
}
