package cn.sunledger.ledger.domain.model.notice.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a notice body, independent of the output format. The set is closed on purpose: every renderer
 * (HTML, PDF, JSON) must handle every kind, and the compiler tells us when a new kind is added.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table {

    /**
     * A section heading inside the body. Level 1 is the top level of the body (the notice title sits above it),
     * so policy documents map 一、 or 第X章 to 1, （一） or 第X节 to 2, 1. to 3 and （1） to 4.
     */
    record Heading(int level, String text) implements Block {
        public static final int MAX_LEVEL = 4;

        public Heading {
            if (level < 1 || level > MAX_LEVEL) {
                throw new IllegalArgumentException("heading level must be 1.." + MAX_LEVEL + ", was " + level);
            }
            text = Texts.requireText(text, "heading text");
        }
    }

    /** Running text. Line breaks inside are kept as soft breaks by the renderers. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = Texts.requireText(text, "paragraph text");
        }
    }

    /**
     * A table with one header row. Every row has exactly as many cells as the header, so the renderers never
     * have to guess where a short row's cells belong; empty cells are empty strings.
     */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
        public Table {
            caption = Texts.blankToNull(caption);
            Objects.requireNonNull(header, "header");
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            header = List.copyOf(header);
            Objects.requireNonNull(rows, "rows");
            List<List<String>> copied = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = List.copyOf(Objects.requireNonNull(rows.get(i), "row " + i));
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells, header has "
                            + header.size());
                }
                copied.add(row);
            }
            rows = List.copyOf(copied);
        }

        public int columnCount() {
            return header.size();
        }
    }
}
