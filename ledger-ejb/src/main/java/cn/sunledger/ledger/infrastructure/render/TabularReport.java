package cn.sunledger.ledger.infrastructure.render;

import cn.sunledger.ledger.domain.model.shared.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A report as its exports show it, whatever the format: a title, the lines under it (region, year, as-of day,
 * generated time), an optional warning, and tables of typed cells — so the PDF and the workbook say the same.
 */
public record TabularReport(String title, List<String> heading, String warning, List<Section> sections) {

    public record Section(String caption, List<String> header, List<List<Cell>> rows) {
    }

    /** A cell: text, an amount in 元, or a percentage. */
    public sealed interface Cell {

        static Cell text(String text) {
            return new Text(text == null ? "" : text);
        }

        static Cell amount(Money amount) {
            return new Amount(amount);
        }

        /** A percentage; null shows as a dash (nothing to divide by). */
        static Cell percent(BigDecimal percent) {
            return new Percent(percent);
        }

        /** How the cell reads as text: amounts with thousands separators, percentages with a % sign. */
        String shown();
    }

    public record Text(String text) implements Cell {
        @Override
        public String shown() {
            return text;
        }
    }

    public record Amount(Money amount) implements Cell {
        @Override
        public String shown() {
            return String.format("%,.2f", amount.toBigDecimal());
        }
    }

    public record Percent(BigDecimal percent) implements Cell {
        @Override
        public String shown() {
            return percent == null ? "—" : percent.toPlainString() + "%";
        }
    }
}
