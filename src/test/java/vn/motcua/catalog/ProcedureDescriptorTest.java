package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every descriptor in {@code processes/} is one the deployment accepts: no problems, a start form
 * that exists and parses, and a fee that reads only fields that form has.
 */
class ProcedureDescriptorTest {

  static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  static Stream<Path> descriptors() throws Exception {
    return Files.list(Path.of("processes"))
        .filter(p -> p.getFileName().toString().endsWith(".procedure.json"))
        .sorted();
  }

  static ProcedureDescriptor read(Path path) throws Exception {
    return MAPPER.readValue(path.toFile(), ProcedureDescriptor.class);
  }

  static FormDefinition startForm(ProcedureDescriptor d) throws Exception {
    return FormDefinition.parse(
        Files.readString(Path.of("forms", d.startForm() + ".form")), new ObjectMapper());
  }

  @Test
  void theCatalogueHoldsTheProcedures_andTheTwoInterlinkedGroups() throws Exception {
    List<String> codes = descriptors().map(p -> uncheckedRead(p).code()).toList();
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "1.001193",
            "3.000333",
            "1.000656",
            "1.004873",
            "2.000635",
            "2.000815",
            "2.000884",
            "1.004222",
            "1.001612",
            "LOCAL.BHYT-TE6",
            "LOCAL.XOA-TT",
            "LOCAL.MAI-TANG",
            "LOCAL.LT-KS",
            "1.011537");
  }

  @Test
  void aGroupsPartsNameProceduresOfTheCatalogue_byAKnownKindOfAgency() throws Exception {
    List<ProcedureDescriptor> all =
        descriptors().map(ProcedureDescriptorTest::uncheckedRead).toList();
    List<String> codes = all.stream().map(ProcedureDescriptor::code).toList();
    List<ProcedureDescriptor> groups = all.stream().filter(ProcedureDescriptor::isGroup).toList();
    assertThat(groups)
        .extracting(ProcedureDescriptor::code)
        .containsExactlyInAnyOrder("LOCAL.LT-KS", "1.011537");
    for (ProcedureDescriptor group : groups) {
      assertThat(group.parts())
          .extracting(ProcedureDescriptor.Part::agencyKind)
          .containsExactly(Agency.PEOPLES_COMMITTEE, Agency.POLICE, Agency.SOCIAL_INSURANCE);
      assertThat(codes)
          .containsAll(group.parts().stream().map(ProcedureDescriptor.Part::procedure).toList());
      assertThat(group.timeLimit().sameDayCutoff()).hasToString("15:00");
    }
  }

  @Test
  void aGroupsPartsAreChecked() throws Exception {
    ProcedureDescriptor groupA = read(Path.of("processes/interlinked-birth.procedure.json"));
    ProcedureDescriptor broken =
        MAPPER.readValue(
            MAPPER
                .writeValueAsString(groupA)
                .replace("\"key\":\"residence\"", "\"key\":\"birth\"")
                .replace("\"agencyKind\":\"SOCIAL_INSURANCE\"", "\"agencyKind\":\"HOSPITAL\"")
                .replace("\"workingDays\":2", "\"workingDays\":9")
                .replace("\"workingDaysWithVerification\":5", "\"workingDaysWithVerification\":3"),
            ProcedureDescriptor.class);
    assertThat(broken.problems())
        .contains(
            "parts[1].key 'birth' is used twice",
            "parts[2].agencyKind must be one of " + Agency.KINDS,
            "parts[1].workingDays is more than the group's timeLimit.workingDays",
            "timeLimit.workingDaysWithVerification must be more than workingDays");
    assertThat(groupA.timeLimit().toTimeLimit(true).workingDays())
        .as("group A: 5 working days when a verification is needed")
        .isEqualTo(5);
  }

  @ParameterizedTest
  @MethodSource("descriptors")
  void parsesWithoutProblems_andItsFeeReadsOnlyFieldsOfItsStartForm(Path path) throws Exception {
    ProcedureDescriptor d = read(path);
    assertThat(d.problems()).as(path.toString()).isEmpty();
    assertThat(path.getFileName().toString()).isEqualTo(d.process() + ".procedure.json");
    assertThat(d.startForm()).isEqualTo(d.process() + "-declaration");
    FormDefinition form = startForm(d);
    assertThat(form.id()).isEqualTo(d.startForm());
    assertThat(d.problemsWith(form)).as(path.toString()).isEmpty();
  }

  @Test
  void stagesShareTheTimeLimit_inTheirOrder_andBadSharesAreProblems() throws Exception {
    ProcedureDescriptor judicial =
        read(Path.of("processes/judicial-record-certificate.procedure.json"));
    assertThat(judicial.timeLimit().cumulativeShare("assess")).contains(70);
    assertThat(judicial.timeLimit().cumulativeShare("approve")).contains(90);
    assertThat(judicial.timeLimit().cumulativeShare("receive")).isEmpty();
    ProcedureDescriptor broken =
        MAPPER.readValue(
            MAPPER
                .writeValueAsString(judicial)
                .replace("\"percent\":20", "\"percent\":40")
                .replace("\"stage\":\"approve\"", "\"stage\":\"Approve!\""),
            ProcedureDescriptor.class);
    assertThat(broken.problems())
        .containsExactlyInAnyOrder(
            "timeLimit.stages: a stage key must be a lower camel case word",
            "timeLimit.stages: the shares add up to 110 %, more than 100");
  }

  @Test
  void aFeeReadingAFieldTheFormLacks_isAProblem() throws Exception {
    ProcedureDescriptor copy = read(Path.of("processes/certified-copy.procedure.json"));
    FormDefinition birthForm =
        startForm(read(Path.of("processes/birth-registration.procedure.json")));
    assertThat(copy.problemsWith(birthForm))
        .containsExactly("the fee reads the field pages, which the start form does not have");
  }

  @Test
  void theResidenceRegistrationIsTheCommunePolices_onlinePartly() throws Exception {
    ProcedureDescriptor d =
        read(Path.of("processes/permanent-residence-registration.procedure.json"));
    assertThat(d.agencyLevel()).isEqualTo("COMMUNE");
    assertThat(
            MAPPER
                .readTree(
                    Path.of("processes/permanent-residence-registration.procedure.json").toFile())
                .path("agencyKind")
                .asText())
        .isEqualTo("POLICE");
    assertThat(d.levels()).containsExactly(3);
    assertThat(d.timeLimit().workingDays()).isEqualTo(7);
  }

  private static ProcedureDescriptor uncheckedRead(Path p) {
    try {
      return read(p);
    } catch (Exception e) {
      throw new IllegalStateException(p.toString(), e);
    }
  }
}
