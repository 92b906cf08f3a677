package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fee schedules of the real procedures, read from their deployed metadata, with the figures of
 * the law: what a citizen is asked to pay and the lines the receipt and the officer read.
 */
class FeeScheduleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final String ONLINE = "ONLINE";
  static final String COUNTER = "COUNTER";
  final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  FeeSchedule fee(String process) throws Exception {
    return mapper
        .readValue(
            Path.of("processes", process + ".procedure.json").toFile(), ProcedureDescriptor.class)
        .fee();
  }

  static long total(FeeSchedule fee, Map<String, Object> form) {
    return fee.assess(form, TODAY, ONLINE).total();
  }

  @Test
  void birthRegistration_freeWithin60Days_8000After() throws Exception {
    FeeSchedule fee = fee("birth-registration");
    assertThat(total(fee, Map.of("childBirthDate", "2026-09-27"))).isZero(); // day 60
    assertThat(total(fee, Map.of("childBirthDate", "2026-09-26"))).isEqualTo(8000); // day 61
  }

  @Test
  void judicialRecord_standardReducedExempt_andCopiesBeyondTwo() throws Exception {
    FeeSchedule fee = fee("judicial-record-certificate");
    assertThat(total(fee, Map.of("feeCategory", "standard", "copies", 2))).isEqualTo(200_000);
    assertThat(total(fee, Map.of("feeCategory", "reduced", "copies", 2))).isEqualTo(100_000);
    assertThat(total(fee, Map.of("feeCategory", "exempt", "copies", 5))).isZero();
    FeeSchedule.Assessment five =
        fee.assess(Map.of("feeCategory", "standard", "copies", 5), TODAY, ONLINE);
    assertThat(five.total()).isEqualTo(215_000);
    assertThat(five.lines())
        .hasSize(2)
        .last()
        .satisfies(l -> assertThat(l.label()).contains("× 3"));
  }

  @Test
  void aScheduleAnAnalystGotWrong_saysWhat() throws Exception {
    FeeSchedule wrong =
        mapper.readValue(
            """
            {"baseAmount": 0, "description": "x",
             "channels": [{"channel": "KIOSK", "amount": 1}, {"channel": "ONLINE", "amount": -5}],
             "pages": {"field": "pages", "tiers": [{"fromPage": 3, "amountPerPage": 1000},
                                                   {"fromPage": 2, "amountPerPage": 2000}],
                       "maxPerCopy": 0},
             "quantity": {"field": "copies"},
             "extras": [{"field": "copies", "amountPerUnit": -1, "unit": "bản", "label": "y"}]}
            """,
            FeeSchedule.class);
    assertThat(wrong.problems())
        .containsExactlyInAnyOrder(
            "fee.channels: KIOSK is not one of " + FeeSchedule.CHANNELS,
            "fee.channels: ONLINE is negative",
            "fee.pages.tiers must start with fromPage 1",
            "fee.pages.tiers must be in increasing fromPage order",
            "fee.pages.maxPerCopy must be positive",
            "fee.quantity needs a field and a unit",
            "fee.extras must not be negative");
  }
}
