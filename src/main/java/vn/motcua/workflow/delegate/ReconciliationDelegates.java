package vn.motcua.workflow.delegate;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.payment.Payments;
import vn.motcua.payment.Reconciliation;
import vn.motcua.shared.VietnameseTexts;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * The daily reconciliation of online payments with the gateway's statement. Differences go to an
 * analyst as a task and show in Cockpit as an incident until the task is done.
 */
@Configuration
class ReconciliationDelegates {

  /** Reconciles {@code reconciliationDay} (yyyy-MM-dd) when given, else the day payment chooses. */
  @Bean
  JavaDelegate paymentReconciler(Payments payments) {
    return execution -> {
      String given = ProcessVariables.text(execution, ProcessVariables.RECONCILIATION_DAY);
      Reconciliation reconciliation =
          payments.reconcile(given == null ? null : LocalDate.parse(given));
      List<String> differences = reconciliation.differences();
      execution.setVariable(ProcessVariables.RECONCILIATION_DAY, reconciliation.day().toString());
      execution.setVariable(ProcessVariables.DIFFERENCE_COUNT, differences.size());
      execution.setVariable(
          ProcessVariables.DIFFERENCES,
          differences.isEmpty() ? "" : "- " + String.join("\n- ", differences));
    };
  }

  @Bean
  TaskListener reconciliationIncident() {
    return task -> {
      String message =
          VietnameseTexts.text(
              "payment.reconcile.incident",
              task.getVariable(ProcessVariables.RECONCILIATION_DAY),
              String.valueOf(task.getVariable(ProcessVariables.DIFFERENCE_COUNT)),
              task.getVariable(ProcessVariables.DIFFERENCES));
      task.getProcessEngineServices()
          .getRuntimeService()
          .createIncident(
              ProcessElements.PAYMENT_RECONCILIATION_INCIDENT,
              task.getExecutionId(),
              String.valueOf(task.getVariable(ProcessVariables.RECONCILIATION_DAY)),
              message.length() > 3900 ? message.substring(0, 3900) + "…" : message);
    };
  }
}
