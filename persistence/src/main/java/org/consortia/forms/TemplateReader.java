package org.consortia.forms;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one template file. The file is JSON; every value remembers the line it was on, so anything
 * wrong (bad JSON, a missing or unknown field, an unknown kind of answer, a question key used twice)
 * is reported with the file's name and line.
 */
public final class TemplateReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int DEFAULT_MAX_LENGTH = 4000;
    private static final int LONGEST_ANSWER = 20000;

    private final String file;

    private TemplateReader(String file) {
        this.file = file;
    }

    /** The template in {@code source}, or {@link MalformedTemplateException} naming {@code file} and the line. */
    public static FormTemplate read(String file, Reader source) {
        TemplateReader reader = new TemplateReader(file);
        Node root;
        try (JsonParser parser = Json.createParser(source)) {
            if (!parser.hasNext()) {
                throw new MalformedTemplateException(file, 1, "the file is empty");
            }
            root = reader.node(parser, parser.next());
        } catch (JsonParsingException malformed) {
            throw new MalformedTemplateException(file, malformed.getLocation().getLineNumber(),
                    "this is not valid JSON (" + malformed.getMessage() + ")", malformed);
        }
        return reader.template(reader.object(root));
    }

    // ---- the file's JSON, each value with its line ----

    private record Node(Object value, long line) {
    }

    private record Fields(Map<String, Node> values, long line) {
    }

    private Node node(JsonParser parser, JsonParser.Event event) {
        long line = parser.getLocation().getLineNumber();
        return switch (event) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_OBJECT) {
                    String name = parser.getString();
                    long nameLine = parser.getLocation().getLineNumber();
                    if (fields.containsKey(name)) {
                        throw new MalformedTemplateException(file, nameLine, "\"" + name + "\" is given twice");
                    }
                    fields.put(name, node(parser, parser.next()));
                }
                yield new Node(new Fields(fields, line), line);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
                    items.add(node(parser, next));
                }
                yield new Node(items, line);
            }
            case VALUE_STRING -> new Node(parser.getString(), line);
            case VALUE_NUMBER -> new Node(parser.isIntegralNumber() ? (Object) parser.getLong() : parser.getBigDecimal(), line);
            case VALUE_TRUE -> new Node(Boolean.TRUE, line);
            case VALUE_FALSE -> new Node(Boolean.FALSE, line);
            case VALUE_NULL -> new Node(null, line);
            default -> throw new MalformedTemplateException(file, line, "unexpected " + event);
        };
    }

    private Fields object(Node node) {
        if (!(node.value() instanceof Fields fields)) {
            throw new MalformedTemplateException(file, node.line(), "expected an object in braces");
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private List<Node> array(Node node) {
        if (!(node.value() instanceof List<?> items)) {
            throw new MalformedTemplateException(file, node.line(), "expected a list in square brackets");
        }
        return (List<Node>) items;
    }

    private String text(Node node) {
        if (!(node.value() instanceof String text) || text.isBlank()) {
            throw new MalformedTemplateException(file, node.line(), "expected some text in double quotes");
        }
        return text;
    }

    /** Refuses fields the reader does not know: a misspelt field would otherwise be silently ignored. */
    private void only(Fields fields, Set<String> known) {
        fields.values().forEach((name, value) -> {
            if (!known.contains(name)) {
                throw new MalformedTemplateException(file, value.line(), "unknown field \"" + name + "\" (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private Node required(Fields fields, String name) {
        Node node = fields.values().get(name);
        if (node == null) {
            throw new MalformedTemplateException(file, fields.line(), "\"" + name + "\" is missing");
        }
        return node;
    }

    private String requiredText(Fields fields, String name) {
        return text(required(fields, name));
    }

    private String optionalText(Fields fields, String name) {
        Node node = fields.values().get(name);
        return node == null ? "" : text(node);
    }

    private <T> List<T> optionalList(Fields fields, String name, Function<Node, T> each) {
        Node node = fields.values().get(name);
        return node == null ? List.of() : array(node).stream().map(each).toList();
    }

    private boolean optionalFlag(Fields fields, String name) {
        Node node = fields.values().get(name);
        if (node == null) {
            return false;
        }
        if (!(node.value() instanceof Boolean flag)) {
            throw new MalformedTemplateException(file, node.line(), "\"" + name + "\" must be true or false");
        }
        return flag;
    }

    private int wholeNumber(Node node, int least, int most) {
        if (!(node.value() instanceof Long number) || number < least || number > most) {
            throw new MalformedTemplateException(file, node.line(), "expected a whole number from " + least + " to " + most);
        }
        return number.intValue();
    }

    private String key(Node node) {
        String key = text(node);
        if (!KEY.matcher(key).matches()) {
            throw new MalformedTemplateException(file, node.line(), "\"" + key
                    + "\" is not a key: use lower-case letters, digits and hyphens, at most 60");
        }
        return key;
    }

    // ---- the template ----

    private FormTemplate template(Fields fields) {
        only(fields, Set.of("key", "version", "title", "source", "workflow", "introduction", "sections", "signedOff",
                "warningHeading", "warning"));
        String key = key(required(fields, "key"));
        int version = wholeNumber(required(fields, "version"), 1, 1000);
        List<TemplateSection> sections = array(required(fields, "sections")).stream().map(this::section).toList();
        if (sections.isEmpty()) {
            throw new MalformedTemplateException(file, required(fields, "sections").line(), "a template needs a section");
        }
        Set<String> ids = new HashSet<>();
        for (Node section : array(required(fields, "sections"))) {
            for (Node question : array(required(object(section), "questions"))) {
                Node id = required(object(question), "id");
                if (!ids.add(text(id))) {
                    throw new MalformedTemplateException(file, id.line(), "question \"" + text(id) + "\" is given twice");
                }
            }
        }
        List<String> warning = optionalList(fields, "warning", this::text);
        boolean warns = sections.stream().flatMap(section -> section.questions().stream())
                .anyMatch(question -> !question.warnIf().isEmpty());
        if (warns && warning.isEmpty()) {
            throw new MalformedTemplateException(file, fields.line(), "questions have \"warnIf\" but the template has no \"warning\"");
        }
        return new FormTemplate(key, version, requiredText(fields, "title"), requiredText(fields, "source"),
                workflow(required(fields, "workflow")), optionalList(fields, "introduction", this::text), sections, optionalFlag(fields, "signedOff"),
                optionalText(fields, "warningHeading"), warning);
    }

    private TemplateSection section(Node node) {
        Fields fields = object(node);
        only(fields, Set.of("heading", "guidance", "questions"));
        List<TemplateQuestion> questions = array(required(fields, "questions")).stream().map(this::question).toList();
        if (questions.isEmpty()) {
            throw new MalformedTemplateException(file, fields.line(), "a section needs a question");
        }
        return new TemplateSection(optionalText(fields, "heading"), optionalList(fields, "guidance", this::text), questions);
    }

    private TemplateQuestion question(Node node) {
        Fields fields = object(node);
        only(fields, Set.of("id", "issue", "text", "guidance", "kind", "label", "options", "notes", "columns", "rows",
                "linkTo", "maxLength", "warnIf"));
        AnswerKind kind = kind(required(fields, "kind"));
        List<ChoiceOption> options = optionalList(fields, "options", this::option);
        List<TableColumn> columns = optionalList(fields, "columns", this::column);
        List<String> notes = optionalList(fields, "notes", this::text);
        if (kind == AnswerKind.CHOICE && options.size() < 2) {
            throw new MalformedTemplateException(file, fields.line(), "a choice needs at least two \"options\"");
        }
        if (kind != AnswerKind.CHOICE && !options.isEmpty()) {
            throw new MalformedTemplateException(file, fields.values().get("options").line(), "only a choice has \"options\"");
        }
        if (kind == AnswerKind.TABLE && columns.isEmpty()) {
            throw new MalformedTemplateException(file, fields.line(), "a table needs \"columns\"");
        }
        if (kind != AnswerKind.TABLE && (!columns.isEmpty() || fields.values().containsKey("rows"))) {
            throw new MalformedTemplateException(file, fields.line(), "only a table has \"columns\" and \"rows\"");
        }
        if (columns.stream().anyMatch(column -> column.kind() == AnswerKind.TABLE || column.kind() == AnswerKind.LINK)) {
            throw new MalformedTemplateException(file, fields.values().get("columns").line(),
                    "a table's column cannot be a table or a link");
        }
        if (kind == AnswerKind.LINK != fields.values().containsKey("linkTo")) {
            throw new MalformedTemplateException(file, fields.line(), "a link, and only a link, says what it links to in \"linkTo\"");
        }
        if (notes.size() > 2) {
            throw new MalformedTemplateException(file, fields.values().get("notes").line(), "a question has at most two notes");
        }
        Node maxLength = fields.values().get("maxLength");
        String id = key(required(fields, "id"));
        List<String> warnIf = optionalList(fields, "warnIf", this::text);
        String defaultLabel = kind == AnswerKind.TICK ? "Applies" : "Answer";
        return new TemplateQuestion(id, optionalText(fields, "issue"), requiredText(fields, "text"),
                optionalText(fields, "guidance"), kind, fields.values().containsKey("label") ? requiredText(fields, "label")
                        : defaultLabel, options, notes, columns, optionalList(fields, "rows", this::text),
                fields.values().containsKey("linkTo") ? key(fields.values().get("linkTo")) : null,
                maxLength == null ? DEFAULT_MAX_LENGTH : wholeNumber(maxLength, 1, LONGEST_ANSWER), warnIf);
    }

    private AnswerKind kind(Node node) {
        String name = text(node);
        try {
            return AnswerKind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new MalformedTemplateException(file, node.line(), "unknown kind of answer \"" + name + "\" (expected one of "
                    + String.join(", ", Arrays.stream(AnswerKind.values())
                            .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()) + ")");
        }
    }

    private FormWorkflow workflow(Node node) {
        String name = text(node);
        try {
            return FormWorkflow.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new MalformedTemplateException(file, node.line(), "unknown workflow \"" + name + "\" (expected one of "
                    + String.join(", ", Arrays.stream(FormWorkflow.values())
                            .map(workflow -> workflow.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()) + ")");
        }
    }

    private ChoiceOption option(Node node) {
        Fields fields = object(node);
        only(fields, Set.of("key", "label"));
        return new ChoiceOption(key(required(fields, "key")), requiredText(fields, "label"));
    }

    private TableColumn column(Node node) {
        Fields fields = object(node);
        only(fields, Set.of("key", "label", "kind"));
        return new TableColumn(key(required(fields, "key")), requiredText(fields, "label"), kind(required(fields, "kind")));
    }
}
