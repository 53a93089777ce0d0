package cn.sunledger.portal.read;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The per-household lines of a published 收益分配方案公示 or 收益分配结果公告, read from its frozen JSON — the public,
 * structured copy published beside the HTML and PDF, already masked by the notice renderer (ID numbers as
 * 5329**********1238) — and the lookup a villager makes in them: the last four characters of the ID number and/or
 * the head's name as the notice prints it. Nothing here reads anything the notice does not publish.
 */
public final class DistributionLines {

    /** The notice types whose tables name households (DISTRIBUTION_PLAN and DISTRIBUTION_RESULT). */
    public static final List<String> TYPES = List.of("DISTRIBUTION_PLAN", "DISTRIBUTION_RESULT");

    static final String HEAD_COLUMN = "户主";
    static final String ID_COLUMN = "身份证号";
    private static final Pattern ID_TAIL = Pattern.compile("\\d{3}[\\dX]");
    /**
     * A name as the notice prints it: letters (Han or other), with the middle dots and spaces of minority names, and
     * digits (a register may number namesakes); no markup or punctuation that no name holds.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N}·・. ]{1,30}");

    private DistributionLines() {
    }

    /** A table of the notice with a head column and an ID number column, the positions of both. */
    public record Table(String caption, List<String> header, int headColumn, int idColumn, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /** A checked lookup: either part may be null, not both. */
    public record Query(String idTail, String headName) {

        /** Whether the row names the household asked for: every part given must match (the name exactly). */
        public boolean matches(Table t, List<String> row) {
            String head = cell(row, t.headColumn());
            String id = cell(row, t.idColumn());
            if (head.isEmpty() && id.isEmpty()) {
                return false;
            }
            return (idTail == null || id.toUpperCase(Locale.ROOT).endsWith(idTail))
                    && (headName == null || head.equals(headName));
        }
    }

    /**
     * The lookup's parameters checked, every bad one refused by its field (400): null when the form was not sent
     * (neither parameter present); the form sent with both blank is refused too.
     */
    public static Query query(String idTail, String headName, Params params) {
        if (idTail == null && headName == null) {
            return null;
        }
        String tail = idTail == null || idTail.isBlank() ? null : idTail.strip().toUpperCase(Locale.ROOT);
        String name = headName == null || headName.isBlank() ? null : headName.strip();
        if (tail == null && name == null) {
            params.refuse("id4", "请填写身份证号后四位，或户主姓名",
                    "give the last four characters of the ID number, or the head's name");
        }
        if (tail != null && !ID_TAIL.matcher(tail).matches()) {
            params.refuse("id4", "身份证号后四位应为 4 位：前三位是数字，最后一位是数字或 X",
                    "the last four characters of the ID number: three digits, then a digit or X");
        }
        if (name != null && !NAME.matcher(name).matches()) {
            params.refuse("name", "户主姓名只能包含文字和数字，最多 30 个字",
                    "the head's name may hold letters and digits only, at most 30");
        }
        params.check();
        return new Query(tail, name);
    }

    /** The notice's tables that list households, in the notice's order. */
    public static List<Table> tables(byte[] json) {
        JsonObject notice;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            notice = reader.readObject();
        }
        List<Table> tables = new ArrayList<>();
        JsonArray blocks = notice.getJsonArray("blocks");
        if (blocks == null) {
            return tables;
        }
        for (JsonValue b : blocks) {
            if (!(b instanceof JsonObject block) || !"table".equals(block.getString("type", ""))) {
                continue;
            }
            List<String> header = strings(block.getJsonArray("header"));
            int head = header.indexOf(HEAD_COLUMN);
            int id = header.indexOf(ID_COLUMN);
            if (head < 0 || id < 0) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            JsonArray rowArray = block.getJsonArray("rows");
            for (JsonValue r : rowArray == null ? JsonValue.EMPTY_JSON_ARRAY : rowArray) {
                if (r instanceof JsonArray cells) {
                    rows.add(strings(cells));
                }
            }
            JsonValue caption = block.get("caption");
            tables.add(new Table(caption instanceof JsonString s ? s.getString() : "", header, head, id, rows));
        }
        return tables;
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (JsonValue v : array) {
                out.add(v instanceof JsonString s ? s.getString() : "");
            }
        }
        return out;
    }

    static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }
}
