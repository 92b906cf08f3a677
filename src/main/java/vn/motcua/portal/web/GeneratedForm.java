package vn.motcua.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;
import vn.motcua.catalog.FormDefinition;

/**
 * A Camunda Forms (form-js) schema as the portal renders it without JavaScript: the same file
 * Tasklist shows, turned into a tree of texts, groups, rows (form-js {@code layout.row} with {@code
 * layout.columns} out of 16) and fields, each field carrying its current value and its error.
 * Reading a posted form back gives each field the type its component expects (numbers, booleans,
 * lists), so the server validates what form-js would have produced.
 */
final class GeneratedForm {

  /** The value types the portal renders: all the form definition reads but the tag list. */
  private static final Set<String> FIELD_TYPES =
      FormDefinition.VALUE_TYPES.stream()
          .filter(type -> !type.equals("taglist"))
          .collect(Collectors.toUnmodifiableSet());

  private GeneratedForm() {}

  record Option(String value, String label, boolean chosen) {}

  record Field(
      String key,
      String type,
      String inputType,
      String label,
      String description,
      boolean required,
      List<Option> options,
      String value,
      boolean checked,
      String min,
      String max,
      Integer maxLength,
      String pattern,
      String error,
      boolean readonly) {

    public String id() {
      return "f-" + key;
    }

    public String describedBy() {
      return ((description != null ? id() + "-hint " : "") + (error != null ? id() + "-error" : ""))
          .trim();
    }
  }

  /** A text, a group (with its children), a row of fields side by side, or a field on its own. */
  record Node(
      String kind,
      String text,
      boolean heading,
      String label,
      List<Node> children,
      Field field,
      int span) {

    static Node text(String text, boolean heading) {
      return new Node("text", text, heading, null, List.of(), null, 16);
    }

    static Node group(String label, List<Node> children) {
      return new Node("group", null, false, label, children, null, 16);
    }

    static Node row(List<Node> fields) {
      return new Node("row", null, false, null, fields, null, 16);
    }

    static Node field(Field field, int span) {
      return new Node("field", null, false, null, List.of(), field, span);
    }
  }

  static List<Node> build(
      String schemaJson,
      Map<String, Object> data,
      Map<String, String> errors,
      ObjectMapper mapper) {
    try {
      return nodes(mapper.readTree(schemaJson).path("components"), data, errors);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a form schema", e);
    }
  }

  private static List<Node> nodes(
      JsonNode components, Map<String, Object> data, Map<String, String> errors) {
    List<Node> out = new ArrayList<>();
    List<Node> row = new ArrayList<>();
    String rowId = null;
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      String thisRow = c.path("layout").path("row").asText(null);
      if (!row.isEmpty() && (thisRow == null || !thisRow.equals(rowId))) {
        out.add(row.size() == 1 ? row.get(0) : Node.row(List.copyOf(row)));
        row.clear();
      }
      rowId = thisRow;
      Node node;
      if (type.equals("text")) {
        out.addAll(texts(c.path("text").asText("")));
        continue;
      } else if (type.equals("group") || c.has("components")) {
        node = Node.group(c.path("label").asText(null), nodes(c.path("components"), data, errors));
      } else if (FIELD_TYPES.contains(type) && c.hasNonNull("key")) {
        int columns = c.path("layout").path("columns").asInt(0);
        node = Node.field(field(c, data, errors), columns <= 0 ? 16 : columns);
      } else {
        continue;
      }
      if (thisRow != null && node.kind().equals("field")) {
        row.add(node);
      } else {
        out.add(node);
      }
    }
    if (!row.isEmpty()) {
      out.add(row.size() == 1 ? row.get(0) : Node.row(List.copyOf(row)));
    }
    return out;
  }

  /**
   * form-js texts are Markdown: paragraphs apart by blank lines, a paragraph starting with {@code
   * #} a heading; bold and code marks are dropped (plain text, never HTML from the schema), a lone
   * * kept ("Mục có dấu * là bắt buộc").
   */
  private static List<Node> texts(String markdown) {
    List<Node> nodes = new ArrayList<>();
    for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
      String text = paragraph.strip();
      if (text.isEmpty()) {
        continue;
      }
      nodes.add(
          text.startsWith("#")
              ? Node.text(text.replaceFirst("^#+\\s*", ""), true)
              : Node.text(
                  text.replaceAll("\\*\\*(.+?)\\*\\*", "$1")
                      .replaceAll("`(.+?)`", "$1")
                      .replaceAll("\\s*\\n\\s*", " "),
                  false));
    }
    return nodes;
  }

  private static Field field(JsonNode c, Map<String, Object> data, Map<String, String> errors) {
    String key = c.path("key").asText();
    String type = c.path("type").asText();
    JsonNode validate = c.path("validate");
    Object value = data.get(key);
    Collection<?> chosen =
        value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
    Set<String> chosenText = chosen.stream().map(String::valueOf).collect(Collectors.toSet());
    List<Option> options = new ArrayList<>();
    c.path("values")
        .forEach(
            v ->
                options.add(
                    new Option(
                        v.path("value").asText(),
                        v.path("label").asText(),
                        chosenText.contains(v.path("value").asText()))));
    String label = firstText(c, "label", "dateLabel", "timeLabel");
    return new Field(
        key,
        type,
        inputType(c),
        label == null ? key : label,
        c.path("description").asText(null),
        validate.path("required").asBoolean(false),
        List.copyOf(options),
        value == null || value instanceof Collection<?> ? "" : plain(value),
        Boolean.TRUE.equals(value) || "true".equals(value),
        validate.hasNonNull("min") ? validate.get("min").asText() : null,
        validate.hasNonNull("max") ? validate.get("max").asText() : null,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
        errors.get(key),
        c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false));
  }

  private static String inputType(JsonNode c) {
    return switch (c.path("type").asText()) {
      case "number" -> "number";
      case "datetime" ->
          switch (c.path("subtype").asText("date")) {
            case "time" -> "time";
            case "datetime" -> "datetime-local";
            default -> "date";
          };
      case "textfield" ->
          "phone".equals(c.path("properties").path("dataType").asText())
                  || "phone".equals(c.path("validate").path("validationType").asText())
              ? "tel"
              : "email".equals(c.path("validate").path("validationType").asText())
                  ? "email"
                  : "text";
      default -> null;
    };
  }

  /**
   * The posted form as form-js would hand it over: text trimmed (empty left out), numbers as
   * numbers when they read as such (else the text, for the validator to name), a checkbox as a
   * boolean, a checklist as a list. Keys the schema does not have are dropped.
   */
  static Map<String, Object> read(FormDefinition definition, MultiValueMap<String, String> posted) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (FormDefinition.Field f : definition.fields()) {
      if (f.readonly() || f.disabled()) {
        continue;
      }
      List<String> values =
          posted.getOrDefault(f.key(), List.of()).stream()
              .filter(Objects::nonNull)
              .map(String::strip)
              .toList();
      switch (f.type()) {
        case "checkbox" -> data.put(f.key(), values.contains("true"));
        case "checklist", "taglist" -> {
          List<String> chosen = values.stream().filter(v -> !v.isEmpty()).toList();
          if (!chosen.isEmpty()) {
            data.put(f.key(), chosen);
          }
        }
        case "number" -> {
          if (!values.isEmpty() && !values.get(0).isEmpty()) {
            data.put(f.key(), number(values.get(0)));
          }
        }
        default -> {
          if (!values.isEmpty() && !values.get(0).isEmpty()) {
            data.put(f.key(), values.get(0));
          }
        }
      }
    }
    return data;
  }

  private static Object number(String text) {
    try {
      BigDecimal number = new BigDecimal(text.replace(',', '.'));
      if (number.precision() > 30 || Math.abs(number.scale()) > 30) {
        return text; // 1e-999999999 and the like: no form's number, and written out it would be a
        // billion digits
      }
      return number.scale() <= 0 ? (Object) number.longValueExact() : number;
    } catch (NumberFormatException | ArithmeticException e) {
      return text;
    }
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
  }

  private static String firstText(JsonNode c, String... names) {
    for (String name : names) {
      if (c.hasNonNull(name) && !c.get(name).asText().isBlank()) {
        return c.get(name).asText();
      }
    }
    return null;
  }
}
