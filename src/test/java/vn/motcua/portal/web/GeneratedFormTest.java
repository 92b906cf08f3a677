package vn.motcua.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import vn.motcua.catalog.FormDefinition;

/**
 * The shipped birth-registration form as the portal renders it and reads it back, without a
 * browser.
 */
class GeneratedFormTest {

  /** The day the declarations are checked on (a Tuesday in Vietnam). */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  final ObjectMapper mapper = new ObjectMapper();
  final String json = read("forms/birth-registration-declaration.form");
  final FormDefinition definition = FormDefinition.parse(json, mapper);

  static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theIntroIsAHeadingThenAParagraph_groupsHoldRowsOfFieldsWithTheirColumns() {
    List<GeneratedForm.Node> nodes =
        GeneratedForm.build(json, Map.of("childSex", "male"), Map.of(), mapper);
    assertThat(nodes.get(0).kind()).isEqualTo("text");
    assertThat(nodes.get(0).heading()).isTrue();
    assertThat(nodes.get(0).text()).isEqualTo("Tờ khai đăng ký khai sinh");
    assertThat(nodes.get(1).heading()).isFalse();
    assertThat(nodes.get(1).text()).contains("*").doesNotContain("#");
    GeneratedForm.Node child =
        nodes.stream()
            .filter(n -> "Người được khai sinh".equals(n.label()))
            .findFirst()
            .orElseThrow();
    GeneratedForm.Node firstRow = child.children().get(0);
    assertThat(firstRow.kind()).isEqualTo("row");
    assertThat(firstRow.children())
        .extracting(n -> n.field().key())
        .containsExactly("childFullName", "childSex");
    GeneratedForm.Field sex = firstRow.children().get(1).field();
    assertThat(sex.options()).extracting(GeneratedForm.Option::chosen).containsExactly(true, false);
  }

  @Test
  void aPostedForm_isReadAsFormJsWouldHandItOver() {
    var posted = new LinkedMultiValueMap<String, String>();
    posted.add("childFullName", "  Nguyễn Minh Khôi ");
    posted.add("motherBirthYear", "1992");
    posted.add("copies", "2,5");
    posted.add("fatherBirthYear", "1e-999999999");
    posted.add("linkedServices", "permanentResidence");
    posted.add("linkedServices", "healthInsurance");
    posted.add("childHomeTown", "");
    posted.add("notInTheForm", "x");
    Map<String, Object> data = GeneratedForm.read(definition, posted);
    assertThat(data)
        .containsEntry("childFullName", "Nguyễn Minh Khôi")
        .containsEntry("motherBirthYear", 1992L)
        .containsEntry("copies", new BigDecimal("2.5"))
        .containsEntry("linkedServices", List.of("permanentResidence", "healthInsurance"))
        .containsEntry("fatherBirthYear", "1e-999999999")
        .doesNotContainKeys("childHomeTown", "notInTheForm");
    assertThat(definition.validate(data, true, TODAY))
        .extracting(e -> e.field() + ":" + e.code())
        .contains(
            "childSex:form.required",
            "childHomeTown:form.required",
            "fatherBirthYear:form.integer",
            "copies:form.integer");
    assertThat(GeneratedForm.build(json, data, Map.of(), mapper))
        .as("and shown again as typed, at once")
        .isNotEmpty();
  }

  @Test
  void theSchemasErrorsAreShownAtTheirFields() {
    var nodes =
        GeneratedForm.build(
            json, Map.of(), Map.of("childFullName", "Họ, chữ đệm, tên: vui lòng nhập"), mapper);
    GeneratedForm.Field name =
        nodes.stream()
            .filter(n -> "Người được khai sinh".equals(n.label()))
            .findFirst()
            .orElseThrow()
            .children()
            .get(0)
            .children()
            .get(0)
            .field();
    assertThat(name.error()).isEqualTo("Họ, chữ đệm, tên: vui lòng nhập");
    assertThat(name.describedBy()).isEqualTo("f-childFullName-error");
    assertThat(name.required()).isTrue();
  }
}
