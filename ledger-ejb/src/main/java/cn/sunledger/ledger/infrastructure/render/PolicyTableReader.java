package cn.sunledger.ledger.infrastructure.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Recovers tables from the two shapes they take in text copied from government pages:
 * <ul>
 * <li>tab-separated rows, one row per line (copied from an HTML table), where a cell that wrapped in the source
 * shows up as an extra line holding only the rest of the first cell;</li>
 * <li>"one cell per line, each ending in |" with a line of bare pipes giving the column count (an exported
 * table whose first line is its caption).</li>
 * </ul>
 * Anything that does not fit one of these shapes is left to be read as paragraphs, so no text is lost.
 */
final class PolicyTableReader {

    /** A table found at some line, and the index of the first line after it. */
    record Run(String caption, List<String> header, List<List<String>> rows, int next) {
    }

    private PolicyTableReader() {
    }

    /** @return the table starting at {@code start}, or null if none starts there */
    static Run read(List<String> lines, int start) {
        String first = lines.get(start);
        if (first.indexOf('\t') >= 0) {
            return tabSeparated(lines, start);
        }
        if (PolicyText.clean(first).endsWith("|")) {
            return pipeCells(lines, start);
        }
        return null;
    }

    private static Run tabSeparated(List<String> lines, int start) {
        List<List<String>> rows = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                addTabRow(rows, line);
                i++;
            } else if (PolicyText.clean(line).isEmpty() && nextNonBlankHasTab(lines, i)) {
                i++;
            } else {
                break;
            }
        }
        if (rows.size() < 2) {
            return null;
        }
        return shaped(null, rows, i);
    }

    private static void addTabRow(List<List<String>> rows, String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(PolicyText.clean(cell));
        }
        while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (!rows.isEmpty() && cells.size() == 1) {
            // the rest of a first cell that wrapped in the source ("（三）人均财产性" + "收入（元）")
            List<String> previous = rows.get(rows.size() - 1);
            previous.set(0, previous.get(0) + cells.get(0));
            return;
        }
        if (cells.size() > 2 && cells.get(0).isEmpty() && !PolicyText.isNumeric(cells.get(1))) {
            // a row label pushed one column right by a stray leading tab: labels belong in the first column
            cells.remove(0);
        }
        rows.add(cells);
    }

    private static boolean nextNonBlankHasTab(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!PolicyText.clean(lines.get(i)).isEmpty()) {
                return lines.get(i).indexOf('\t') >= 0;
            }
        }
        return false;
    }

    private static Run pipeCells(List<String> lines, int start) {
        int end = start;
        while (end < lines.size() && PolicyText.clean(lines.get(end)).endsWith("|")) {
            end++;
        }
        List<String> run = lines.subList(start, end).stream().map(PolicyText::clean).toList();
        int separator = -1;
        for (int i = 0; i < Math.min(run.size(), 3); i++) {
            if (run.get(i).matches("\\|{2,}")) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            return null;
        }
        int columns = run.get(separator).length() + 1;
        String caption = separator == 0 ? null : cellText(String.join("", run.subList(0, separator)));
        List<String> cells = run.subList(separator + 1, run.size()).stream().map(PolicyTableReader::cellText)
                .toList();
        if (cells.size() < columns * 2) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += columns) {
            rows.add(new ArrayList<>(cells.subList(i, Math.min(cells.size(), i + columns))));
        }
        return shaped(caption, rows, end);
    }

    private static String cellText(String pipeLine) {
        String text = pipeLine.strip();
        return (text.endsWith("|") ? text.substring(0, text.length() - 1) : text).strip();
    }

    /** First row becomes the header; every row is padded to the widest row so the table is rectangular. */
    private static Run shaped(String caption, List<List<String>> rows, int next) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<List<String>> padded = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            copy.addAll(Collections.nCopies(width - row.size(), ""));
            padded.add(List.copyOf(copy));
        }
        return new Run(caption, padded.get(0), padded.subList(1, padded.size()), next);
    }
}
