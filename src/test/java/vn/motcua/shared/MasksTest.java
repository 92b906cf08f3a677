package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasksTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Nguyễn Văn An        | Nguyễn V** A*",
        "Trần Thị Bình        | Trần T** B***",
        "Đặng Thị Ánh Tuyết   | Đặng T** Á** T****",
        "Tôn Nữ Thị Hà        | Tôn N* T** H*",
        "TRẦN THỊ BÌNH        | TRẦN T** B***",
        "Y Moan Niê           | Y M*** N**",
        "Lê Ư                 | Lê Ư",
        "Phạm   Quốc  Việt    | Phạm Q*** V***",
      })
  void familyNameWhole_laterWordsTheirInitialAndOneStarPerLetter(String name, String masked) {
    assertThat(Masks.name(name)).isEqualTo(masked);
  }

  @Test
  void aOneWordName_isMaskedToo_forItHasNoFamilyNameToShow() {
    assertThat(Masks.name("Kpă")).isEqualTo("K**");
    assertThat(Masks.name("Bình")).isEqualTo("B***");
    assertThat(Masks.name("  Hùng ")).isEqualTo("H***");
  }

  @Test
  void aCitizenId_showsItsLastFourDigits() {
    assertThat(Masks.citizenId("040095001234")).isEqualTo("********1234");
    assertThat(Masks.citizenId("123")).isEqualTo("*****");
  }

  @Test
  void decomposedDiacritics_countAsOneLetter() {
    String decomposed = Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD);
    assertThat(decomposed.length()).isGreaterThan("Nguyễn Văn Ánh".length());
    assertThat(Masks.name(decomposed)).isEqualTo("Nguyễn V** Á**");
  }

  @Test
  void noName_masksToNothing() {
    assertThat(Masks.name(null)).isEmpty();
    assertThat(Masks.name("   ")).isEmpty();
  }

  @Test
  void aPhone_showsItsFirstTwoAndLastTwoDigits() {
    assertThat(Masks.phone("0912345678")).isEqualTo("09******78");
    assertThat(Masks.phone("0987654321")).isEqualTo("09******21");
  }

  @Test
  void anEmail_showsItsFirstLetterAndDomain_andHidesTheLengthOfShortNames() {
    assertThat(Masks.email("an.nguyen@example.vn")).isEqualTo("a********@example.vn");
    assertThat(Masks.email("b@example.vn")).isEqualTo("b***@example.vn");
    assertThat(Masks.email("not-an-address")).isEqualTo("*****");
  }
}
