package vn.motcua.workflow.delegate;

import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDecisions;

/**
 * Due dates and timers the BPMN asks for by expression: {@code ${stageDeadlines.dueDate(dossierCode, 'assess')}}
 * and the payment deadlines, which are configuration.
 */
// public: the expression language calls its methods by reflection
@Component("stageDeadlines")
public class Deadlines {

  private final DossierDecisions decisions;

  Deadlines(DossierDecisions decisions) {
    this.decisions = decisions;
  }

  public Date dueDate(String dossierCode, String stage) {
    return Date.from(decisions.dueDate(dossierCode, stage));
  }

  /** The payment timers: a reminder after the first period, the end after the second (engine clock, so tests can move it). */
  @Component("paymentDeadlines")
  public static class PaymentDeadlines {

    private final Duration first;
    private final Duration second;

    PaymentDeadlines(@Value("${motcua.payment.reminder-after:P3D}") Duration first,
                     @Value("${motcua.payment.expire-after-reminder:P2D}") Duration second) {
      this.first = first;
      this.second = second;
    }

    public Date reminderAt(String dossierCode) {
      return Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(first));
    }

    public Date expiryAt(String dossierCode) {
      return Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plus(second));
    }
  }
}
