package vn.motcua.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResultTemplatesTest {

  @Test
  void fillsPlaceholdersWithEscapedText() {
    String html = "<p>{{form.childFullName}} – {{ assessment.finding }} – {{missing}}</p>";
    assertThat(
            ResultTemplates.fill(
                html,
                Map.of(
                    "form.childFullName",
                    "Nguyễn <b>An</b> & \"Bình\"",
                    "assessment.finding",
                    "x")))
        .isEqualTo("<p>Nguyễn &lt;b&gt;An&lt;/b&gt; &amp; &quot;Bình&quot; – x – </p>");
  }

  @Test
  void aValueThatLooksLikeAPlaceholderIsPrintedNotExpanded() {
    assertThat(ResultTemplates.fill("<p>{{a}}</p>", Map.of("a", "{{b}}", "b", "secret")))
        .isEqualTo("<p>{{b}}</p>");
  }

  @Test
  void aWellFormedTemplateHasNoProblems() {
    assertThat(ResultTemplates.problems("<html><body><h1>{{result.title}}</h1></body></html>"))
        .isEmpty();
  }

  @Test
  void refusesWhatIsNotATemplate() {
    assertThat(ResultTemplates.problems("<html><body><p>unclosed</body></html>"))
        .anySatisfy(p -> assertThat(p).contains("not well-formed XHTML"));
    assertThat(ResultTemplates.problems("<html><body>{{ T(java.lang.Runtime) }}</body></html>"))
        .anySatisfy(p -> assertThat(p).contains("is not a placeholder"));
    assertThat(
            ResultTemplates.problems("<html><body><img src=\"file:///etc/passwd\"/></body></html>"))
        .anySatisfy(p -> assertThat(p).contains("<img> is not allowed"));
    assertThat(
            ResultTemplates.problems(
                "<html><head><style>body { background: url(http://x/) }</style></head></html>"))
        .anySatisfy(p -> assertThat(p).contains("loads from outside"));
    assertThat(
            ResultTemplates.problems(
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html>&e;</html>"))
        .isNotEmpty();
    assertThat(ResultTemplates.problems("")).containsExactly("it is empty");
  }

  @Test
  void everyTemplateOfTheCatalogueIsATemplate() throws IOException {
    List<Path> templates;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      templates = files.filter(p -> p.toString().endsWith(".result.html")).sorted().toList();
    }
    assertThat(templates).hasSizeGreaterThanOrEqualTo(12);
    for (Path template : templates) {
      assertThat(ResultTemplates.problems(Files.readString(template))).as("%s", template).isEmpty();
    }
  }
}
