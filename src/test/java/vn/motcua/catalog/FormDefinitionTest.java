package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server reads the same Camunda Form the browser renders, and rejects what the browser would.
 */
class FormDefinitionTest {

  /** The day the declarations are checked on (a Tuesday in Vietnam). */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static FormDefinition form(String name) throws Exception {
    return FormDefinition.parse(
        Files.readString(Path.of("forms", name + ".form")), new ObjectMapper());
  }

  static Map<String, Object> validBirthDeclaration() {
    Map<String, Object> data = new HashMap<>();
    data.put("applicantFullName", "Nguyễn Văn An");
    data.put("applicantCitizenId", "040090001234");
    data.put("applicantRelationship", "father");
    data.put("applicantResidence", "Xã Lam Thành");
    data.put("childFullName", "Nguyễn Minh Khôi");
    data.put("childSex", "male");
    data.put("childBirthDate", "2026-11-01");
    data.put("childEthnicity", "Kinh");
    data.put("childNationality", "Việt Nam");
    data.put("childBirthPlace", "Bệnh viện Sản Nhi Nghệ An");
    data.put("childHomeTown", "Nghệ An");
    data.put("motherFullName", "Trần Thị Hoa");
    data.put("motherBirthYear", 1994);
    return data;
  }

  static List<String> codes(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ":" + e.code()).toList();
  }

  @Test
  void aCompleteDeclarationPasses() throws Exception {
    assertThat(
            form("birth-registration-declaration").validate(validBirthDeclaration(), true, TODAY))
        .isEmpty();
  }

  @Test
  void everyProblemIsNamedWithItsFieldAndLabel() throws Exception {
    Map<String, Object> data = validBirthDeclaration();
    data.remove("childFullName");
    data.put("applicantCitizenId", "04009000123");
    data.put("childSex", "unknown");
    data.put("motherBirthYear", "nineteen");
    data.put("childBirthDate", "01/11/2026");
    data.put("hackerField", "x");
    List<FieldError> errors = form("birth-registration-declaration").validate(data, true, TODAY);
    assertThat(codes(errors))
        .containsExactlyInAnyOrder(
            "hackerField:form.unknownField",
            "childFullName:form.required",
            "applicantCitizenId:form.pattern",
            "applicantCitizenId:citizenId.format",
            "childSex:form.option",
            "motherBirthYear:form.number",
            "childBirthDate:form.date");
    assertThat(errors)
        .filteredOn(e -> e.field().equals("childFullName"))
        .first()
        .satisfies(e -> assertThat(e.label()).isNotBlank().isNotEqualTo("childFullName"));
    assertThat(errors)
        .filteredOn(e -> e.field().equals("childBirthDate"))
        .first()
        .satisfies(
            e ->
                assertThat(e.label())
                    .as("a date picker's label is its dateLabel")
                    .isNotEqualTo("childBirthDate"));
  }

  @Test
  void aCitizenIdWithAnUnknownProvinceIsRefused() throws Exception {
    Map<String, Object> data = validBirthDeclaration();
    data.put("applicantCitizenId", "099090001234");
    assertThat(codes(form("birth-registration-declaration").validate(data, true, TODAY)))
        .containsExactly("applicantCitizenId:citizenId.province");
  }

  @Test
  void aHiddenFieldIsNotRequired_aShownOneIs() throws Exception {
    FormDefinition receive = form("reception-receive");
    assertThat(receive.validate(Map.of("receiveDecision", "accept"), false, TODAY)).isEmpty();
    assertThat(codes(receive.validate(Map.of(), false, TODAY)))
        .containsExactly("receiveDecision:form.required");
  }

  @Test
  void numbersOutOfRangeAndListsOutsideTheOptions() throws Exception {
    FormDefinition lltp = form("judicial-record-certificate-declaration");
    Map<String, Object> data =
        new HashMap<>(Map.of("copies", 51, "certificateType", "3", "phone", "0123456789"));
    List<String> codes = codes(lltp.validate(data, true, TODAY));
    assertThat(codes)
        .contains("copies:form.max", "certificateType:form.option", "phone:phone.format");
  }
}
