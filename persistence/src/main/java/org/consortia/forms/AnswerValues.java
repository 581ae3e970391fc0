package org.consortia.forms;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.consortia.text.UkDates;
import org.consortia.validation.PlainTextValidator;
import org.consortia.validation.TypedText;

/**
 * Reads, checks and shows answers in the canonical text each {@link AnswerKind} is stored as. What a
 * person typed goes through {@link #canonical}, which refuses what the question cannot take with a
 * message fit to show beside the field; {@link #shown} gives the stored answer back in words.
 */
public final class AnswerValues {

    /** The most a money answer may be: a hundred million pounds, in pence. */
    public static final long MONEY_LIMIT = 10_000_000_000L;

    private static final Pattern MONEY = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]{1,2})?|-?[0-9]+(\\.[0-9]{1,2})?");
    private static final Pattern LINK = Pattern.compile("[a-z]+(-[a-z]+)*:[1-9][0-9]{0,17}");

    private AnswerValues() {
    }

    /**
     * The stored form of what was typed, null for no answer, or {@link InvalidAnswerException}. A
     * table is typed as JSON rows of typed cells (see {@link #typed}).
     */
    public static String canonical(TemplateQuestion question, String typed) {
        return canonical(question.kind(), question, typed);
    }

    private static String canonical(AnswerKind kind, TemplateQuestion question, String typed) {
        String text = TypedText.tidy(typed);
        if (text == null || text.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> text(text, question.maxLength());
            case YES_NO -> oneOf(text, List.of("yes", "no"), "Choose yes or no.");
            case TICK -> oneOf(text, List.of("ticked"), "Tick the box or leave it empty.");
            case CHOICE -> oneOf(text, question.options().stream().map(ChoiceOption::key).toList(),
                    "Choose one of the options listed.");
            case SCORE -> oneOf(text, List.of("1", "2", "3"), "Choose 1, 2 or 3.");
            case MONEY -> String.valueOf(pence(text));
            case DATE -> date(text);
            case TABLE -> table(question, text);
            case LINK -> {
                if (!LINK.matcher(text).matches() || !text.startsWith(question.linkTo() + ":")) {
                    throw new InvalidAnswerException("Choose a record from the list.");
                }
                yield text;
            }
        };
    }

    private static String text(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new InvalidAnswerException("Keep this to " + maxLength + " characters or fewer (it has "
                    + text.length() + ").");
        }
        if (PlainTextValidator.hasControlCharacters(text)) {
            throw new InvalidAnswerException("Remove the invisible control characters from this text.");
        }
        if (!PlainTextValidator.isPlainText(text)) {
            throw new InvalidAnswerException("Write plain text: markup such as <b> or <script> is not accepted.");
        }
        return text;
    }

    private static String oneOf(String text, List<String> allowed, String message) {
        if (!allowed.contains(text)) {
            throw new InvalidAnswerException(message);
        }
        return text;
    }

    /** Pounds and pence as typed ("£1,250.50", "1250.5", "1250") in whole pence, exactly. */
    public static long pence(String typed) {
        String amount = typed.strip().replaceFirst("^£\\s*", "").replaceFirst("^-£\\s*", "-");
        if (!MONEY.matcher(amount).matches()) {
            throw new InvalidAnswerException("Enter an amount in pounds and pence, for example 1,250.50.");
        }
        long pence = new BigDecimal(amount.replace(",", "")).movePointRight(2).longValueExact();
        if (pence < 0) {
            throw new InvalidAnswerException("Enter an amount of nought or more.");
        }
        if (pence > MONEY_LIMIT) {
            throw new InvalidAnswerException("Enter an amount of at most £100,000,000.");
        }
        return pence;
    }

    private static String date(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new InvalidAnswerException("Enter a date between 1900 and 2200.");
            }
            return date.toString();
        } catch (DateTimeParseException notADate) {
            throw new InvalidAnswerException("Enter the date as day, month and year.");
        }
    }

    private static String table(TemplateQuestion question, String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            JsonArray array = Json.createReader(new StringReader(text)).readArray();
            for (JsonValue row : array) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> cell : row.asJsonObject().entrySet()) {
                    cells.put(cell.getKey(), cell.getValue() == JsonValue.NULL ? null : ((JsonString) cell.getValue()).getString());
                }
                rows.add(cells);
            }
        } catch (JsonException | ClassCastException | IllegalStateException notATable) {
            throw new InvalidAnswerException("The table could not be read: fill it in again.");
        }
        return tableOf(question, rows);
    }

    /**
     * The stored form of a table's rows, each row's cells keyed by column: checks every cell as its
     * column's kind, and that a table of fixed rows has exactly those rows.
     */
    public static String tableOf(TemplateQuestion question, List<Map<String, String>> rows) {
        if (!question.rows().isEmpty() && rows.size() != question.rows().size()) {
            throw new InvalidAnswerException("The table must have a row for each of: " + String.join(", ", question.rows()) + ".");
        }
        if (rows.size() > 200) {
            throw new InvalidAnswerException("A table may have at most 200 rows.");
        }
        JsonArrayBuilder table = Json.createArrayBuilder();
        boolean anything = false;
        for (int index = 0; index < rows.size(); index++) {
            Map<String, String> cells = rows.get(index);
            for (String key : cells.keySet()) {
                if (question.columns().stream().noneMatch(column -> column.key().equals(key))) {
                    throw new InvalidAnswerException("The table has no column " + key + ".");
                }
            }
            JsonObjectBuilder row = Json.createObjectBuilder();
            for (TableColumn column : question.columns()) {
                String cell;
                try {
                    cell = canonical(column.kind(), question, cells.get(column.key()));
                } catch (InvalidAnswerException invalid) {
                    throw new InvalidAnswerException(column.label() + " in row " + (question.rows().isEmpty()
                            ? String.valueOf(index + 1) : question.rows().get(index)) + ": " + invalid.getMessage());
                }
                if (cell != null) {
                    row.add(column.key(), cell);
                    anything = true;
                }
            }
            table.add(row);
        }
        return anything ? table.build().toString() : null;
    }

    /** A stored table's rows, each row's cells keyed by column; empty for no answer. */
    public static List<Map<String, String>> rowsOf(String stored) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (stored == null) {
            return rows;
        }
        for (JsonValue row : Json.createReader(new StringReader(stored)).readArray()) {
            Map<String, String> cells = new LinkedHashMap<>();
            JsonObject object = row.asJsonObject();
            object.forEach((key, value) -> cells.put(key, ((JsonString) value).getString()));
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The stored answer as it is typed into its field, which {@link #canonical} turns back into the
     * stored answer: an amount as "1,250.50", a table's amounts likewise.
     */
    public static String typed(TemplateQuestion question, String stored) {
        if (stored == null) {
            return null;
        }
        if (question.kind() == AnswerKind.MONEY) {
            return pounds(Long.parseLong(stored));
        }
        if (question.kind() != AnswerKind.TABLE) {
            return stored;
        }
        JsonArrayBuilder table = Json.createArrayBuilder();
        for (Map<String, String> cells : rowsOf(stored)) {
            JsonObjectBuilder row = Json.createObjectBuilder();
            for (TableColumn column : question.columns()) {
                String cell = cells.get(column.key());
                if (cell != null) {
                    row.add(column.key(), column.kind() == AnswerKind.MONEY ? pounds(Long.parseLong(cell)) : cell);
                }
            }
            table.add(row);
        }
        return table.build().toString();
    }

    /** The id of the record a stored link points to. */
    public static long linkedId(String stored) {
        return Long.parseLong(stored.substring(stored.indexOf(':') + 1));
    }

    /** Rows of cells as typed, in the JSON {@link #canonical} reads a table from; empty cells left out. */
    public static String typedTable(List<Map<String, String>> rows) {
        JsonArrayBuilder table = Json.createArrayBuilder();
        for (Map<String, String> cells : rows) {
            JsonObjectBuilder row = Json.createObjectBuilder();
            cells.forEach((key, cell) -> {
                if (cell != null && !cell.isBlank()) {
                    row.add(key, cell);
                }
            });
            table.add(row);
        }
        return table.build().toString();
    }

    /** An amount in pence as people write it: 1,250.50. */
    public static String pounds(long pence) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** The stored answer in words, as the form's PDF and history show it; empty for no answer. */
    public static String shown(TemplateQuestion question, String stored) {
        return shown(question.kind(), question, stored);
    }

    private static String shown(AnswerKind kind, TemplateQuestion question, String stored) {
        if (stored == null) {
            return "";
        }
        return switch (kind) {
            case TEXT, LINK -> stored;
            case YES_NO -> stored.equals("yes") ? "Yes" : "No";
            case TICK -> "Ticked";
            case CHOICE -> question.option(stored).map(ChoiceOption::label).orElse(stored);
            case SCORE -> Score.of(stored).map(score -> score.value() + " – " + score.label()).orElse(stored);
            case MONEY -> "£" + pounds(Long.parseLong(stored));
            case DATE -> UkDates.DAY.format(LocalDate.parse(stored));
            case TABLE -> {
                List<String> lines = new ArrayList<>();
                List<Map<String, String>> rows = rowsOf(stored);
                for (int index = 0; index < rows.size(); index++) {
                    Map<String, String> cells = rows.get(index);
                    List<String> parts = new ArrayList<>();
                    for (TableColumn column : question.columns()) {
                        String cell = cells.get(column.key());
                        if (cell != null) {
                            parts.add(column.label() + ": " + shown(column.kind(), question, cell));
                        }
                    }
                    String name = question.rows().isEmpty() ? "" : question.rows().get(index) + " – ";
                    if (!parts.isEmpty()) {
                        lines.add(name + String.join(", ", parts));
                    }
                }
                yield String.join("\n", lines);
            }
        };
    }
}
