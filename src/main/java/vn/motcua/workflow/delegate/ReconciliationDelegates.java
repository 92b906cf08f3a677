package vn.motcua.workflow.delegate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.payment.Payments;
import vn.motcua.shared.VietnameseTexts;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * The daily reconciliation of online payments with the gateway's statement. Differences go to an
 * analyst as a task and show in Cockpit as an incident until the task is done.
 */
@Configuration
class ReconciliationDelegates {

  /** Reconciles {@code reconciliationDay} (yyyy-MM-dd) when given, else yesterday. */
  @Bean
  JavaDelegate paymentReconciler(Payments payments, Clock clock) {
    return execution -> {
      Object given = execution.getVariable(ProcessVariables.RECONCILIATION_DAY);
      LocalDate day =
          given == null ? LocalDate.now(clock).minusDays(1) : LocalDate.parse(given.toString());
      List<String> differences = payments.reconcile(day);
      execution.setVariable(ProcessVariables.RECONCILIATION_DAY, day.toString());
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
