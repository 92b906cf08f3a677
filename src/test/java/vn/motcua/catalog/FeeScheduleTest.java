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
  void certifiedCopy_2000APageForTwoPages_1000From_theThird_timesTheCopies() throws Exception {
    FeeSchedule fee = fee("certified-copy");
    assertThat(total(fee, Map.of("pages", 1, "copies", 1))).isEqualTo(2_000);
    assertThat(total(fee, Map.of("pages", 2, "copies", 1))).isEqualTo(4_000);
    assertThat(total(fee, Map.of("pages", 3, "copies", 1))).isEqualTo(5_000);
    FeeSchedule.Assessment fivePagesTwice =
        fee.assess(Map.of("pages", 5, "copies", 2), TODAY, COUNTER);
    assertThat(fivePagesTwice.total()).isEqualTo((2 * 2_000 + 3 * 1_000) * 2);
    assertThat(fivePagesTwice.lines())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.label())
                    .startsWith("Phí chứng thực bản sao từ bản chính")
                    .contains("5 trang", "7.000 đồng/bản", "× 2 bản"));
  }

  @Test
  void certifiedCopy_aCopyCostsAtMost200000_whateverItsPages() throws Exception {
    FeeSchedule fee = fee("certified-copy");
    assertThat(total(fee, Map.of("pages", 197, "copies", 1))).isEqualTo(4_000 + 195 * 1_000);
    assertThat(total(fee, Map.of("pages", 198, "copies", 1))).isEqualTo(200_000);
    assertThat(total(fee, Map.of("pages", 199, "copies", 1))).isEqualTo(200_000);
    FeeSchedule.Assessment long300 = fee.assess(Map.of("pages", 300, "copies", 1), TODAY, ONLINE);
    assertThat(long300.total()).isEqualTo(200_000);
    assertThat(long300.lines().get(0).label()).contains("300 trang", "tối đa 200.000 đồng/bản");
    assertThat(total(fee, Map.of("pages", 300, "copies", 3))).isEqualTo(600_000);
  }

  @Test
  void permanentResidence_20000AtTheCounter_10000Online_exemptionsAtEither() throws Exception {
    FeeSchedule fee = fee("permanent-residence-registration");
    Map<String, Object> standard = Map.of("feeCategory", "standard");
    FeeSchedule.Assessment counter = fee.assess(standard, TODAY, COUNTER);
    FeeSchedule.Assessment online = fee.assess(standard, TODAY, ONLINE);
    assertThat(counter.total()).isEqualTo(20_000);
    assertThat(online.total()).isEqualTo(10_000);
    assertThat(online.lines().get(0).label()).contains("trực tuyến");
    assertThat(counter.lines().get(0).label()).contains("trực tiếp");
    assertThat(fee.assess(standard, TODAY, "POST").total())
        .as("by post is not online: the base amount")
        .isEqualTo(20_000);
    assertThat(fee.assess(Map.of("feeCategory", "exempt"), TODAY, COUNTER).total()).isZero();
    assertThat(fee.assess(Map.of("feeCategory", "exempt"), TODAY, ONLINE).total()).isZero();
  }

  @Test
  void civilStatusExtract_8000PerCopy() throws Exception {
    FeeSchedule fee = fee("civil-status-extract-copy");
    FeeSchedule.Assessment three = fee.assess(Map.of("copies", 3), TODAY, ONLINE);
    assertThat(three.total()).isEqualTo(24_000);
    assertThat(three.lines())
        .singleElement()
        .satisfies(l -> assertThat(l.label()).contains("8.000 đồng × 3 bản"));
    assertThat(total(fee, Map.of("copies", 1))).isEqualTo(8_000);
  }

  @Test
  void signature_10000PerCase_oneCaseADocument() throws Exception {
    FeeSchedule fee = fee("signature-authentication");
    assertThat(total(fee, Map.of("documentCount", 1))).isEqualTo(10_000);
    FeeSchedule.Assessment three = fee.assess(Map.of("documentCount", 3), TODAY, COUNTER);
    assertThat(three.total()).isEqualTo(30_000);
    assertThat(three.lines().get(0).label()).contains("× 3 trường hợp");
  }

  @Test
  void deathRegistration_freeWithin15Days_butCopiesOfTheExtractAre8000Each() throws Exception {
    FeeSchedule fee = fee("death-registration");
    Map<String, Object> onTime =
        Map.of("deathDate", "2026-11-11", "copies", 2, "feeCategory", "standard"); // day 15
    FeeSchedule.Assessment free = fee.assess(onTime, TODAY, ONLINE);
    assertThat(free.total()).isEqualTo(2 * 8_000);
    assertThat(free.lines()).extracting(FeeSchedule.Line::amount).containsExactly(0L, 16_000L);
    assertThat(free.lines().get(0).label()).contains("miễn lệ phí");
    assertThat(
            total(fee, Map.of("deathDate", "2026-11-10", "copies", 0, "feeCategory", "standard")))
        .as("day 16: late")
        .isEqualTo(8_000);
    assertThat(total(fee, Map.of("deathDate", "2026-01-10", "copies", 1, "feeCategory", "exempt")))
        .as("late, but a family with merit: only the copy")
        .isEqualTo(8_000);
  }

  @Test
  void maritalStatus_provincialFee_exemptForTheLawsGroups() throws Exception {
    FeeSchedule fee = fee("marital-status-confirmation");
    assertThat(total(fee, Map.of("feeCategory", "standard"))).isEqualTo(10_000);
    assertThat(total(fee, Map.of("feeCategory", "exempt"))).isZero();
  }

  @Test
  void businessHousehold_provincialFee() throws Exception {
    assertThat(total(fee("business-household-registration"), Map.of())).isEqualTo(100_000);
  }

  @Test
  void theLinesAddUpToTheTotal_inWholeDong() throws Exception {
    FeeSchedule.Assessment a =
        fee("death-registration")
            .assess(Map.of("deathDate", "2026-01-01", "copies", 3), TODAY, COUNTER);
    assertThat(a.lines().stream().mapToLong(FeeSchedule.Line::amount).sum()).isEqualTo(a.total());
    assertThat(a.total()).isEqualTo(8_000 + 3 * 8_000);
  }

  @Test
  void theCatalogueShowsTheBaseAmountOnlyWhereItIsTheFee() throws Exception {
    assertThat(fee("birth-registration").baseAmountShown()).isTrue();
    assertThat(fee("judicial-record-certificate").baseAmountShown())
        .as("its standard category says it")
        .isFalse();
    assertThat(fee("permanent-residence-registration").baseAmountShown())
        .as("its channels say it")
        .isFalse();
    assertThat(fee("certified-copy").baseAmountShown()).as("its pages say it").isFalse();
    assertThat(fee("death-registration").baseAmountShown()).isTrue();
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
