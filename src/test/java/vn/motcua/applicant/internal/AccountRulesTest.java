package vn.motcua.applicant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.ContactChannel;
import vn.motcua.applicant.Registration;

/**
 * What a registrar accepts in a registration: names a civil-status record can hold, dates of birth
 * that can be true.
 */
class AccountRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static Registration individual(String name, LocalDate born, String address) {
    return new Registration(
        ApplicantProfile.INDIVIDUAL,
        name,
        "040090001234",
        born,
        null,
        null,
        "0912345678",
        null,
        address,
        "mat-khau-dai-1",
        "mat-khau-dai-1",
        ContactChannel.SMS);
  }

  static List<String> errors(Registration registration) {
    return AccountRules.check(registration, Year.from(TODAY), TODAY).stream()
        .map(e -> e.field() + ":" + e.code())
        .toList();
  }

  @Test
  void aVietnameseName_withDiacriticsApostropheAndHyphen_isAccepted() {
    assertThat(errors(individual("Nguyễn Văn An", LocalDate.of(1990, 5, 1), "Xóm 2, xã Lam Thành")))
        .isEmpty();
    assertThat(errors(individual("H'Hen Niê", LocalDate.of(1990, 5, 1), "Buôn Ma Thuột")))
        .isEmpty();
  }

  @Test
  void controlAndTextDirectionCharacters_orAnEmoji_areRefused_withTheFieldNamed() {
    assertThat(errors(individual("Nguyễn \u202EVăn An", LocalDate.of(1990, 5, 1), "Xóm 2")))
        .containsExactly("fullName:form.controlCharacters");
    assertThat(errors(individual("Nguyễn Văn\r\nAn", LocalDate.of(1990, 5, 1), "Xóm 2\u0000")))
        .containsExactly("fullName:form.controlCharacters", "address:form.controlCharacters");
    assertThat(errors(individual("Nguyễn Văn 😀", LocalDate.of(1990, 5, 1), "Xóm 2")))
        .containsExactly("fullName:form.personName");
  }

  @Test
  void aDateOfBirth_inTheFuture_orBefore1900_isRefused() {
    assertThat(errors(individual("Nguyễn Văn An", TODAY.plusDays(1), "Xóm 2")))
        .contains("dateOfBirth:form.futureDate");
    assertThat(errors(individual("Nguyễn Văn An", LocalDate.of(1899, 12, 31), "Xóm 2")))
        .contains("dateOfBirth:form.tooEarly");
  }
}
