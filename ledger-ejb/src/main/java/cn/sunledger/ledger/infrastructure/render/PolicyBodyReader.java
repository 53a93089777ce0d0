package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.notice.document.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the body lines of a policy document into blocks: tables first (their rows may start like headings,
 * "（一）人均经营性收入"), then numbered headings, then paragraphs. A line cut off mid-sentence is joined to the
 * next one, even across a blank line, because copies from PDF break paragraphs at page and column ends.
 */
final class PolicyBodyReader {

    /** A caption is a short label line above a table, such as "全县脱贫人口人均纯收入增长目标表（预期增长表）". */
    private static final int MAX_CAPTION = 50;

    private final List<String> rawLines;
    private final boolean[] furniture;
    private final List<Block> blocks = new ArrayList<>();
    private StringBuilder openParagraph;

    /**
     * @param rawLines  the page's lines with tabs intact
     * @param furniture for each line, whether it is page furniture to skip
     */
    PolicyBodyReader(List<String> rawLines, boolean[] furniture) {
        this.rawLines = rawLines;
        this.furniture = furniture;
    }

    List<Block> read(int from) {
        int i = from;
        while (i < rawLines.size()) {
            String line = PolicyText.clean(rawLines.get(i));
            if (furniture[i] || line.isEmpty()) {
                i++;
                continue;
            }
            PolicyTableReader.Run table = PolicyTableReader.read(rawLines, i);
            if (table != null) {
                addTable(table);
                i = table.next();
                continue;
            }
            readLine(line.replace('\t', ' '));
            i++;
        }
        closeParagraph();
        return List.copyOf(blocks);
    }

    private void readLine(String line) {
        PolicyHeadings.Match heading = PolicyHeadings.match(line);
        if (heading != null) {
            closeParagraph();
            blocks.add(new Block.Heading(heading.level(), heading.heading()));
            if (heading.remainder() != null) {
                openParagraph = new StringBuilder(heading.remainder());
            }
        } else if (openParagraph != null) {
            openParagraph.append(line); // still open means the previous line was cut off
        } else {
            openParagraph = new StringBuilder(line);
        }
        if (openParagraph != null && !PolicyText.looksWrapped(line)) {
            closeParagraph();
        }
    }

    private void closeParagraph() {
        if (openParagraph != null) {
            blocks.add(new Block.Paragraph(openParagraph.toString()));
            openParagraph = null;
        }
    }

    private void addTable(PolicyTableReader.Run run) {
        closeParagraph();
        String caption = run.caption();
        if (caption == null && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Paragraph p
                && looksLikeCaption(p.text())) {
            caption = p.text();
            blocks.remove(blocks.size() - 1);
        }
        blocks.add(new Block.Table(caption, run.header(), run.rows()));
    }

    private static boolean looksLikeCaption(String text) {
        return text.length() <= MAX_CAPTION && (text.contains("表") || text.endsWith("情况"))
                && !text.endsWith("。") && !text.endsWith("：") && !text.endsWith("；");
    }
}
