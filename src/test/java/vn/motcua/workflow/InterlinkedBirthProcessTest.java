package vn.motcua.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static vn.motcua.workflow.ProcessElements.DELIVERY;
import static vn.motcua.workflow.ProcessElements.END_EVENT_RESULT_DELIVERED;
import static vn.motcua.workflow.ProcessElements.INTERLINKED_BIRTH;
import static vn.motcua.workflow.ProcessElements.RECEPTION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
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

  /**
   * Group A has its limit with verification (5 working days instead of 3): the birth's and the
   * residence's officers may start one, and the part's task comes back to them to decide.
   */
  @Test
  void verificationBringsThePartBackToItsOfficers() {
    ProcessInstance dossier = submit();
    receive(dossier, "accept", null);
    decide(dossier, parts.get(0), "verify", "Xác minh việc sinh tại nhà");
    decide(dossier, parts.get(0), "done", null);
    decide(dossier, parts.get(1), "verify", "Xác minh chỗ ở hợp pháp");
    decide(dossier, parts.get(1), "done", null);
    decide(dossier, parts.get(2), "done", null);
    deliverElectronically();
    assertThat(dossier).isEnded().hasPassed(END_EVENT_RESULT_DELIVERED);
    verify(delegates.decisions, times(2))
        .decidePart(
            eq(CODE),
            argThat(s -> s.stage().decision("verify").map(d -> d.verifies()).orElse(false)),
            eq("verify"),
            any(),
            anyMap(),
            any());
  }
}
