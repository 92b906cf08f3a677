package vn.motcua.workflow.delegate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.payment.Payments;

/**
 * The daily reconciliation of online payments with the gateway's statement. Differences go to an
 * analyst as a task and show in Cockpit as an incident until the task is done.
 */
@Configuration
class ReconciliationDelegates {

  static final String INCIDENT_TYPE = "paymentReconciliation";

  /** Reconciles {@code reconciliationDay} (yyyy-MM-dd) when given, else yesterday. */
  @Bean
  JavaDelegate paymentReconciler(Payments payments, Clock clock) {
    return execution -> {
      Object given = execution.getVariable("reconciliationDay");
      LocalDate day =
          given == null ? LocalDate.now(clock).minusDays(1) : LocalDate.parse(given.toString());
      List<String> differences = payments.reconcile(day);
      execution.setVariable("reconciliationDay", day.toString());
      execution.setVariable("differenceCount", differences.size());
      execution.setVariable(
          "differences", differences.isEmpty() ? "" : "- " + String.join("\n- ", differences));
    };
  }

  @Bean
  TaskListener reconciliationIncident() {
    return task -> {
      String message =
          "Đối soát ngày "
              + task.getVariable("reconciliationDay")
              + ": "
              + task.getVariable("differenceCount")
              + " chênh lệch. "
              + task.getVariable("differences");
      task.getProcessEngineServices()
          .getRuntimeService()
          .createIncident(
              INCIDENT_TYPE,
              task.getExecutionId(),
              String.valueOf(task.getVariable("reconciliationDay")),
              message.length() > 3900 ? message.substring(0, 3900) + "…" : message);
    };
  }
}
