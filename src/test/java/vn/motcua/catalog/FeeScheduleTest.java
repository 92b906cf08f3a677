package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fee schedules of the two real procedures, read from their deployed metadata. */
class FeeScheduleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  FeeSchedule fee(String process) throws Exception {
    return mapper
        .readValue(
            Path.of("processes", process + ".procedure.json").toFile(), ProcedureDescriptor.class)
        .fee();
  }

  @Test
  void birthRegistration_freeWithin60Days_8000After() throws Exception {
    FeeSchedule fee = fee("birth-registration");
    assertThat(fee.assess(Map.of("childBirthDate", "2026-09-27"), TODAY).total())
        .isZero(); // day 60
    assertThat(fee.assess(Map.of("childBirthDate", "2026-09-26"), TODAY).total())
        .isEqualTo(8000); // day 61
  }

  @Test
  void judicialRecord_standardReducedExempt_andCopiesBeyondTwo() throws Exception {
    FeeSchedule fee = fee("judicial-record-certificate");
    assertThat(fee.assess(Map.of("feeCategory", "standard", "copies", 2), TODAY).total())
        .isEqualTo(200_000);
    assertThat(fee.assess(Map.of("feeCategory", "reduced", "copies", 2), TODAY).total())
        .isEqualTo(100_000);
    assertThat(fee.assess(Map.of("feeCategory", "exempt", "copies", 5), TODAY).total()).isZero();
    FeeSchedule.Assessment five = fee.assess(Map.of("feeCategory", "standard", "copies", 5), TODAY);
    assertThat(five.total()).isEqualTo(215_000);
    assertThat(five.lines())
        .hasSize(2)
        .last()
        .satisfies(l -> assertThat(l.label()).contains("× 3"));
  }

  @Test
  void bothDescriptorsAreUsable() throws Exception {
    for (String process : new String[] {"birth-registration", "judicial-record-certificate"}) {
      assertThat(
              mapper
                  .readValue(
                      Path.of("processes", process + ".procedure.json").toFile(),
                      ProcedureDescriptor.class)
                  .problems())
          .as(process)
          .isEmpty();
    }
  }
}
