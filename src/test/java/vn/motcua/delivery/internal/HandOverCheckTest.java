package vn.motcua.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.FieldError;
import vn.motcua.delivery.HandOver;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.InvalidSubmissionException;

/** Who may take a result at the counter, as the one-stop officer records them. */
class HandOverCheckTest {

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  static final DossierView DOSSIER =
      new DossierView(
          "000.40.11.H40-261207-0001",
          "1.001193",
          "Đăng ký khai sinh",
          1,
          1,
          3,
          Channel.ONLINE,
          DossierStatus.RESULT_READY,
          "Nguyễn Văn An",
          "citizen1",
          "040090001234",
          null,
          null,
          "Xã Lam Thành",
          "lamthanh",
          "lamthanh",
          DeliveryMethod.COUNTER,
          null,
          0,
          Map.of(),
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          null,
          List.of());

  static List<String> fields(HandOver handOver) {
    try {
      HandOverCheck.recipient(DOSSIER, handOver, CLOCK);
    } catch (InvalidSubmissionException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    return List.of();
  }

  @Test
  void theApplicantInPerson_withTheIdOnTheDossier_isRecordedMasked() {
    assertThat(
            HandOverCheck.recipient(
                DOSSIER,
                new HandOver("applicant", "Nguyễn Văn An", "040 090 001 234", null, null, false),
                CLOCK))
        .isEqualTo("Nguyễn Văn An, người nộp hồ sơ (CCCD ********1234)");
  }

  @Test
  void anotherIdThanTheApplicants_isRefused_namingTheField() {
    assertThatThrownBy(
            () ->
                HandOverCheck.recipient(
                    DOSSIER,
                    new HandOver("applicant", "Nguyễn Văn An", "040090009999", null, null, false),
                    CLOCK))
        .isInstanceOf(InvalidSubmissionException.class);
    assertThat(
            fields(new HandOver("applicant", "Nguyễn Văn An", "040090009999", null, null, false)))
        .containsExactly("recipientIdNumber");
    assertThat(fields(new HandOver("applicant", "", "12345", null, null, false)))
        .containsExactly("recipientName", "recipientIdNumber");
  }

  @Test
  void aRepresentative_bringsTheAuthorisation_seenByTheOfficer() {
    assertThat(
            HandOverCheck.recipient(
                DOSSIER,
                new HandOver(
                    "representative",
                    "Trần Thị Bình",
                    "040195004321",
                    "15/2026/UQ",
                    LocalDate.of(2026, 12, 1),
                    true),
                CLOCK))
        .isEqualTo(
            "Trần Thị Bình, người được ủy quyền (CCCD ********4321; văn bản ủy quyền số"
                + " 15/2026/UQ ngày 01/12/2026)");
    assertThat(
            fields(
                new HandOver("representative", "Trần Thị Bình", "040195004321", " ", null, false)))
        .containsExactly("authorisationNumber", "authorisationDate", "authorisationChecked");
    assertThat(
            fields(
                new HandOver(
                    "representative",
                    "Trần Thị Bình",
                    "040195004321",
                    "15/2026/UQ",
                    LocalDate.of(2026, 12, 8),
                    true)))
        .as("an authorisation dated tomorrow")
        .containsExactly("authorisationDate");
    assertThat(
            fields(
                new HandOver(
                    "representative",
                    "Nguyễn Văn An",
                    "040090001234",
                    "15/2026/UQ",
                    LocalDate.of(2026, 12, 1),
                    true)))
        .as("the applicant is no representative of themselves")
        .containsExactly("recipientKind");
  }

  @Test
  void anOlderFormsHandOver_keepsTheNameItGave() {
    assertThat(HandOverCheck.recipient(DOSSIER, HandOver.named("Nguyễn Văn An"), CLOCK))
        .isEqualTo("Nguyễn Văn An");
  }
}
