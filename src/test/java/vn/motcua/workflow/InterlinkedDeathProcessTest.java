package vn.motcua.workflow;

import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.INTERLINKED_DEATH;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Interlinked group B (death registration, deletion of permanent residence, funeral allowance): the
 * commune People's Committee, the commune police and Social Insurance each work their part.
 */
@Deployment(
    resources = {
      "processes/interlinked-death.bpmn",
      "forms/interlinked-death-death.form",
      "forms/interlinked-death-residence.form",
      "forms/interlinked-death-funeral.form"
    })
class InterlinkedDeathProcessTest extends GroupProcessScenarios {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = fullCoverage(RECEPTION, DELIVERY);

  InterlinkedDeathProcessTest() {
    super(
        INTERLINKED_DEATH,
        "hungnguyen",
        List.of(
            new Part("death", "hungnguyen", Map.of("deathRegistrationNumber", "07/2026")),
            new Part(
                "residenceDeletion", "ca-hungnguyen", Map.of("residenceDeletedOn", "2026-12-07")),
            new Part(
                "funeral",
                "bhxh-hungnguyen",
                Map.of(
                    "funeralDecisionNumber", "123/QĐ-BHXH", "funeralAllowanceAmount", 46800000L))));
  }
}
