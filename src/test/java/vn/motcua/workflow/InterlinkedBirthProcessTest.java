package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.INTERLINKED_BIRTH;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Interlinked group A (birth, permanent residence, health-insurance card for a child under 6): the
 * commune People's Committee, the commune police and Social Insurance each work their part.
 */
@Deployment(
    resources = {
      "processes/interlinked-birth.bpmn",
      "forms/interlinked-birth-birth.form",
      "forms/interlinked-birth-residence.form",
      "forms/interlinked-birth-health-insurance.form"
    })
class InterlinkedBirthProcessTest extends GroupProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage(RECEPTION, DELIVERY);

  InterlinkedBirthProcessTest() {
    super(
        INTERLINKED_BIRTH,
        "lamthanh",
        List.of(
            new Part(
                "birth",
                "lamthanh",
                Map.of("birthRegistrationNumber", "15/2026", "childPersonalId", "040226001234")),
            new Part("residence", "ca-lamthanh", Map.of("residenceAddress", "Xóm 2, Lam Thành")),
            new Part(
                "healthInsurance",
                "bhxh-hungnguyen",
                Map.of("healthInsuranceCardNumber", "TE1404012345678"))));
  }
}
