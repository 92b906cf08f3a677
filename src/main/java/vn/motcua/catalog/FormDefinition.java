package vn.motcua.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Camunda Forms (form-js) schema read on the server, so that what the browser validated is
 * validated again here from the same file: required fields, lengths, patterns, ranges, the allowed
 * options, dates, characters ({@link TextRules}), and the custom {@code properties.dataType} checks
 * (citizenId, phone, personName, birthDate, issueDate, pastDate). Fields a simple {@code
 * conditional.hide} expression hides are not required.
 */
public final class FormDefinition {

  /** The form-js component types that hold a value (a field); the others are texts and groups. */
  public static final Set<String> VALUE_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "select",
          "radio",
          "checkbox",
          "checklist",
          "datetime",
          "taglist");

  private static final Pattern SIMPLE_CONDITION =
      Pattern.compile("^\\s*=?\\s*(\\w+)\\s*(=|!=)\\s*(\"[^\"]*\"|true|false|-?\\d+)\\s*$");
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

  private final String id;
  private final String json;
  private final List<Field> fields;

  private FormDefinition(String id, String json, List<Field> fields) {
    this.id = id;
    this.json = json;
    this.fields = fields;
  }

  public record Option(String value, String label) {}

  /**
   * A component that carries a value; {@code section} is the label of the group around it, if any.
   */
  public record Field(
      String key,
      String label,
      String section,
      String type,
      String subtype,
      boolean required,
      Integer minLength,
      Integer maxLength,
      String pattern,
      BigDecimal min,
      BigDecimal max,
      String validationType,
      String dataType,
      List<Option> options,
      String hideWhen,
      boolean readonly,
      boolean disabled,
      Integer decimalDigits) {
    String displayLabel() {
      return label == null || label.isBlank() ? key : label;
    }
  }

  public static FormDefinition parse(String json, ObjectMapper mapper) {
    try {
      JsonNode root = mapper.readTree(json);
      List<Field> fields = new ArrayList<>();
      collect(root.path("components"), null, fields);
      return new FormDefinition(root.path("id").asText(null), json, List.copyOf(fields));
    } catch (Exception e) {
      throw new IllegalArgumentException("not a Camunda Forms schema: " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode components, String section, List<Field> into) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (c.has("components")) {
        collect(
            c.path("components"), c.hasNonNull("label") ? c.get("label").asText() : section, into);
      }
      if (!VALUE_TYPES.contains(type) || !c.hasNonNull("key")) {
        continue;
      }
      JsonNode validate = c.path("validate");
      List<Option> options = new ArrayList<>();
      c.path("values")
          .forEach(
              v -> options.add(new Option(v.path("value").asText(), v.path("label").asText())));
      into.add(
          new Field(
              c.path("key").asText(),
              labelOf(c),
              section,
              type,
              c.path("subtype").asText(null),
              validate.path("required").asBoolean(false),
              validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
              validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
              validate.path("pattern").asText(null),
              validate.hasNonNull("min") ? validate.get("min").decimalValue() : null,
              validate.hasNonNull("max") ? validate.get("max").decimalValue() : null,
              validate.path("validationType").asText(null),
              c.path("properties").path("dataType").asText(null),
              List.copyOf(options),
              c.path("conditional").path("hide").asText(null),
              c.path("readonly").asBoolean(false),
              c.path("disabled").asBoolean(false),
              c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null));
    }
  }

  /**
   * form-js keeps a date picker's label in {@code dateLabel} (and a time picker's in {@code
   * timeLabel}).
   */
  private static String labelOf(JsonNode component) {
    for (String name : List.of("label", "dateLabel", "timeLabel")) {
      if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
        return component.get(name).asText();
      }
    }
    return null;
  }

  public String id() {
    return id;
  }

  /** The schema as deployed, for clients that render it (the portal, Tasklist). */
  public String json() {
    return json;
  }

  public List<Field> fields() {
    return fields;
  }

  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Checks a submission. With {@code rejectUnknown}, keys the form does not have are errors (a
   * citizen's declaration); officers' task completions may carry process variables besides. Dates
   * are judged against {@code today}, the day in Vietnam.
   */
  public List<FieldError> validate(
      Map<String, Object> data, boolean rejectUnknown, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (rejectUnknown) {
      for (String key : data.keySet()) {
        if (field(key).isEmpty()) {
          errors.add(FieldError.of(key, key, "form.unknownField"));
        }
      }
    }
    for (Field field : fields) {
      if (field.disabled() || field.readonly() || isHidden(field, data)) {
        continue;
      }
      checkField(field, data.get(field.key()), today, errors);
    }
    return errors;
  }

  private boolean isHidden(Field field, Map<String, Object> data) {
    if (field.hideWhen() == null || field.hideWhen().isBlank()) {
      return false;
    }
    var m = SIMPLE_CONDITION.matcher(field.hideWhen());
    if (!m.matches()) {
      return false; // not understood: validate as visible, the stricter choice
    }
    String literal =
        m.group(3).startsWith("\"") ? m.group(3).substring(1, m.group(3).length() - 1) : m.group(3);
    Object actual = data.get(m.group(1));
    boolean equal = actual != null && literal.equals(String.valueOf(actual));
    return m.group(2).equals("=") == equal;
  }

  private void checkField(Field field, Object value, LocalDate today, List<FieldError> errors) {
    String key = field.key();
    String label = field.displayLabel();
    if (isEmpty(value)) {
      if (field.required()) {
        errors.add(FieldError.of(key, label, "form.required"));
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, value, today, errors);
      case "number" -> checkNumber(field, value, errors);
      case "select", "radio" -> {
        if (!field.options().isEmpty()
            && field.options().stream().noneMatch(o -> o.value().equals(String.valueOf(value)))) {
          errors.add(FieldError.of(key, label, "form.option"));
        }
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> chosen)) {
          errors.add(FieldError.of(key, label, "form.list"));
        } else if (!field.options().isEmpty()) {
          Set<String> allowed = new HashSet<>();
          field.options().forEach(o -> allowed.add(o.value()));
          if (chosen.stream().anyMatch(v -> !allowed.contains(String.valueOf(v)))) {
            errors.add(FieldError.of(key, label, "form.option"));
          }
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean checked)) {
          errors.add(FieldError.of(key, label, "form.boolean"));
        } else if (field.required() && !checked) {
          errors.add(FieldError.of(key, label, "form.mustBeChecked"));
        }
      }
      case "datetime" -> checkDateTime(field, String.valueOf(value), today, errors);
      default -> {}
    }
  }

  private void checkText(Field field, Object value, LocalDate today, List<FieldError> errors) {
    String key = field.key();
    String label = field.displayLabel();
    if (!(value instanceof String text)) {
      errors.add(FieldError.of(key, label, "form.text"));
      return;
    }
    Optional<String> characters =
        "textarea".equals(field.type())
            ? TextRules.multiLineProblem(text)
            : "personName".equals(field.dataType())
                ? TextRules.personNameProblem(text)
                : TextRules.oneLineProblem(text);
    characters.ifPresent(code -> errors.add(FieldError.of(key, label, code)));
    if (field.minLength() != null && text.length() < field.minLength()) {
      errors.add(FieldError.of(key, label, "form.minLength", field.minLength()));
    }
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      errors.add(FieldError.of(key, label, "form.maxLength", field.maxLength()));
    }
    if (field.pattern() != null && !field.pattern().isBlank()) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).find()) {
          errors.add(FieldError.of(key, label, "form.pattern"));
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(
            "form " + id + " field " + key + " has an invalid pattern", e);
      }
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      errors.add(FieldError.of(key, label, "form.email"));
    }
    if ("citizenId".equals(field.dataType())) {
      CitizenNumbers.citizenIdProblem(text.trim(), Year.from(today))
          .ifPresent(code -> errors.add(FieldError.of(key, label, code)));
    }
    if ("phone".equals(field.dataType()) || "phone".equals(field.validationType())) {
      CitizenNumbers.phoneProblem(text.trim())
          .ifPresent(code -> errors.add(FieldError.of(key, label, code)));
    }
  }

  private void checkNumber(Field field, Object value, List<FieldError> errors) {
    BigDecimal number;
    try {
      number =
          value instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      errors.add(FieldError.of(field.key(), field.displayLabel(), "form.number"));
      return;
    }
    if (field.decimalDigits() != null
        && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      errors.add(
          FieldError.of(
              field.key(),
              field.displayLabel(),
              field.decimalDigits() == 0 ? "form.integer" : "form.decimals",
              field.decimalDigits()));
      return;
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      errors.add(
          FieldError.of(
              field.key(), field.displayLabel(), "form.min", field.min().toPlainString()));
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      errors.add(
          FieldError.of(
              field.key(), field.displayLabel(), "form.max", field.max().toPlainString()));
    }
  }

  private void checkDateTime(Field field, String value, LocalDate today, List<FieldError> errors) {
    String subtype = Objects.requireNonNullElse(field.subtype(), "date");
    try {
      switch (subtype) {
        case "time" -> LocalTime.parse(value);
        case "datetime" ->
            LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value);
        default -> {
          LocalDate date = LocalDate.parse(value);
          if ("birthDate".equals(field.dataType())) {
            TextRules.birthDateProblem(date, today)
                .ifPresent(
                    code -> errors.add(FieldError.of(field.key(), field.displayLabel(), code)));
          } else if (("pastDate".equals(field.dataType()) || "issueDate".equals(field.dataType()))
              && date.isAfter(today)) {
            errors.add(FieldError.of(field.key(), field.displayLabel(), "form.futureDate"));
          }
        }
      }
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field.key(), field.displayLabel(), "form." + subtype));
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }
}
