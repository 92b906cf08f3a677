package vn.motcua.applicant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.applicant.EidIdentity;

/** The claims an e-ID provider may send, in the shapes seen in the wild, read into one identity. */
class EidClaimsTest {

  @Test
  void standardClaims_andTheCitizenIdFromTheConfiguredClaim() {
    EidIdentity identity =
        EidClaims.identity(
            Map.of(
                "sub",
                "a1b2",
                "cccd",
                "040090001234",
                "so_dinh_danh",
                "ignored",
                "name",
                " Nguyễn Văn An ",
                "birthdate",
                "1990-03-14",
                "phone_number",
                "0912345678",
                "email",
                "an@example.vn"),
            "cccd");
    assertThat(identity)
        .isEqualTo(
            new EidIdentity(
                "a1b2",
                "040090001234",
                "Nguyễn Văn An",
                LocalDate.of(1990, 3, 14),
                "0912345678",
                "an@example.vn"));
  }

  @Test
  void aVietnameseDate_anInternationalPhone_andANameInParts() {
    EidIdentity identity =
        EidClaims.identity(
            Map.of(
                "so_dinh_danh",
                "040195004321",
                "family_name",
                "Trần",
                "middle_name",
                "Thị",
                "given_name",
                "Bình",
                "birthdate",
                "02/08/1995",
                "phone_number",
                "+84 987 654 321"),
            "so_dinh_danh");
    assertThat(identity.fullName()).isEqualTo("Trần Thị Bình");
    assertThat(identity.dateOfBirth()).isEqualTo(LocalDate.of(1995, 8, 2));
    assertThat(identity.phone()).isEqualTo("0987654321");
  }

  @Test
  void whatIsMissingOrUnreadable_isNull() {
    EidIdentity identity =
        EidClaims.identity(
            Map.of("so_dinh_danh", 40090001234L, "birthdate", "14-03", "email", " "),
            "so_dinh_danh");
    assertThat(identity.citizenId())
        .as("a number, as sent, for the account rules to refuse")
        .isEqualTo("40090001234");
    assertThat(identity.fullName()).isNull();
    assertThat(identity.dateOfBirth()).isNull();
    assertThat(identity.email()).isNull();
    assertThat(identity.subject()).isNull();
  }
}
