package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskNamesTest {

  static final String CODE = "000.40.11.H40-261124-0001";

  @Test
  void officersReadTheStepTheCodeAndTheApplicant_historyKeepsTheStepAndTheCode() {
    String name = TaskNames.forOfficers("Tiếp nhận hồ sơ", CODE, "Nguyễn Văn An");
    assertThat(name).isEqualTo("Tiếp nhận hồ sơ 000.40.11.H40-261124-0001 – Nguyễn Văn An");
    assertThat(TaskNames.forHistory(name)).isEqualTo("Tiếp nhận hồ sơ " + CODE);
  }

  @Test
  void aStepWhoseNameHoldsTheSeparator_keepsIt_andOnlyTheApplicantGoes() {
    String name = TaskNames.forOfficers("Đăng ký khai sinh – liên thông", CODE, "Trần Thị Bình");
    assertThat(TaskNames.forHistory(name)).isEqualTo("Đăng ký khai sinh – liên thông " + CODE);
  }

  @Test
  void withoutAnApplicantOrAStep_theCodeStillNamesTheTask() {
    assertThat(TaskNames.forOfficers("Thu phí tại quầy", CODE, null))
        .isEqualTo("Thu phí tại quầy " + CODE);
    assertThat(TaskNames.forOfficers(null, CODE, "Nguyễn Văn An"))
        .isEqualTo(CODE + " – Nguyễn Văn An");
    assertThat(TaskNames.forHistory(null)).isNull();
  }

  @Test
  void aNameLongerThanTheEnginesColumn_isCut() {
    assertThat(TaskNames.forOfficers("Bước ".repeat(60), CODE, "Nguyễn Văn An"))
        .hasSize(TaskNames.MAX_LENGTH);
  }
}
