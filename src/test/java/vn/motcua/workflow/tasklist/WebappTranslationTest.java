package vn.motcua.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese translations of the Camunda webapps against the English files the webjar ships:
 * every label there is here, translated, with the same placeholders and links, so that a Camunda
 * upgrade that adds a label fails here and not in front of an officer.
 */
class WebappTranslationTest {

  static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  static final Pattern MARKUP =
      Pattern.compile("</?(a|b|br|code|em|i|span|strong)\\b[^>]*>|&[a-z]+;");

  /** Labels that read the same in both languages. */
  static final Set<String> SAME_IN_BOTH =
      Set.of(
          "APP_VENDOR",
          "NO_TASK_FORM",
          "SEARCH_LESS_THAN",
          "SEARCH_LESS_THAN_EQUALS",
          "SEARCH_GREATER_THAN",
          "SEARCH_GREATER_THAN_EQUALS");

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist"})
  void everyEnglishLabel_isTranslated_withItsPlaceholdersAndMarkup(String app) throws IOException {
    Map<String, String> english = flat(read(WEBJAR + app + "/locales/en.json"));
    Map<String, String> vietnamese = flat(read(WEBJAR + app + "/locales/vi.json"));

    assertThat(vietnamese.keySet())
        .as(app + ": the same labels and date settings as en.json")
        .containsExactlyInAnyOrderElementsOf(english.keySet());
    english.forEach(
        (key, en) -> {
          String vi = vietnamese.get(key);
          assertThat(matches(PLACEHOLDER, vi))
              .as(app + " " + key)
              .isEqualTo(matches(PLACEHOLDER, en));
          assertThat(matches(MARKUP, vi)).as(app + " " + key).isEqualTo(matches(MARKUP, en));
          if (key.startsWith("labels.") && !en.isBlank()) {
            assertThat(vi).as(app + " " + key).isNotBlank();
          }
          if (key.startsWith("labels.")
              && !SAME_IN_BOTH.contains(key.substring("labels.".length()))) {
            assertThat(vi).as(app + " " + key + " is still English").isNotEqualTo(en);
          }
        });
  }

  @Test
  void datesReadAsVietnameseOfficesWriteThem() throws IOException {
    JsonNode dates = read(WEBJAR + "tasklist/locales/vi.json").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH:mm");
    assertThat(dates.path("months").get(10).asText()).isEqualTo("tháng 11");
    assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
  }

  /**
   * Our config.js offers Tasklist one locale, chosen in the browser, Vietnamese unless the officer
   * chose English: listing both would let an English browser win.
   */
  @Test
  void tasklistsConfiguration_offersOneLocale_vietnameseByDefault() throws IOException {
    String config = text(WEBJAR + "tasklist/scripts/config.js");
    assertThat(config)
        .contains("availableLocales: [locale]")
        .contains("fallbackLocale: locale")
        .contains("return 'vi';")
        .contains("customScripts: ['scripts/language-switch']");
    assertThat(resource(WEBJAR + "tasklist/scripts/language-switch.js")).isNotNull();
  }

  /**
   * No webapp probes /camunda-welcome after sign-in: the citizens' realm answers that path with a
   * new session cookie, which can sign the officer out again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void noWebappProbesTheWelcomePage(String app) throws IOException {
    assertThat(text(WEBJAR + app + "/scripts/config.js")).contains("disableWelcomeMessage: true");
  }

  static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** Every leaf as "labels.KEY" or "dateLocales.months[3]" → its text. */
  static Map<String, String> flat(JsonNode node) {
    Map<String, String> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  JsonNode read(String path) throws IOException {
    // the webjar's files begin with a byte-order mark, which Jackson does not skip
    String text = text(path);
    return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  static String text(String path) throws IOException {
    try (InputStream in = resource(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static InputStream resource(String path) {
    return WebappTranslationTest.class.getClassLoader().getResourceAsStream(path);
  }
}
