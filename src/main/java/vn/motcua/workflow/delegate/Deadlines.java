package vn.motcua.workflow.delegate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierDeadlines;
import vn.motcua.dossier.DossierDecisions;
import vn.motcua.payment.PaymentTerms;
import vn.motcua.shared.VietnameseFormats;

/**
 * Due dates and timers the BPMN asks for by expression: {@code
 * ${stageDeadlines.dueDate(dossierCode, 'assess')}} and the payment deadlines, which are
 * configuration.
 */
// public: the expression language calls its methods by reflection
@Component("stageDeadlines")
public class Deadlines {

  private final DossierDecisions decisions;
  private final DossierDeadlines deadlines;

  Deadlines(DossierDecisions decisions, DossierDeadlines deadlines) {
    this.decisions = decisions;
    this.deadlines = deadlines;
  }

  public Date dueDate(String dossierCode, String stage) {
    return Date.from(decisions.dueDate(dossierCode, stage));
  }

  /**
   * When to ask whether the dossier will miss its appointment; never in the past, so that a watch
   * that finds the dossier on time waits at least a minute before asking again.
   */
  public Date apologyCheckAt(String dossierCode) {
    Instant at = deadlines.apologyCheckAt(dossierCode);
    Instant soonest = ClockUtil.getCurrentTime().toInstant().plusSeconds(60);
    return Date.from(at.isBefore(soonest) ? soonest : at);
  }

  /**
   * The payment timers, counted from the engine's clock (so process tests can move it) by the
   * payment module's terms.
   */
  @Component("paymentDeadlines")
  public static class PaymentDeadlines {

    private final PaymentTerms terms;

    PaymentDeadlines(PaymentTerms terms) {
      this.terms = terms;
    }

    public Date reminderAt(String dossierCode) {
      return Date.from(terms.reminderAt(today()));
    }

    public Date expiryAt(String dossierCode) {
      return Date.from(terms.expiryAt(today()));
    }

    private static LocalDate today() {
      return ClockUtil.getCurrentTime().toInstant().atZone(VietnameseFormats.VIETNAM).toLocalDate();
    }
  }
}
