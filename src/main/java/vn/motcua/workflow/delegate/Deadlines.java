package vn.motcua.workflow.delegate;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.DossierDecisions;
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

  Deadlines(DossierDecisions decisions) {
    this.decisions = decisions;
  }

  public Date dueDate(String dossierCode, String stage) {
    return Date.from(decisions.dueDate(dossierCode, stage));
  }

  /**
   * The payment timers: a reminder after the first period, the end after the second (engine clock,
   * so tests can move it).
   */
  @Component("paymentDeadlines")
  public static class PaymentDeadlines {

    private final WorkingCalendar calendar;
    private final int first;
    private final int second;

    /**
     * Deadlines in working days, ending when the desk closes: a fee asked for on a Friday is not
     * overdue on Monday morning.
     */
    PaymentDeadlines(
        WorkingCalendar calendar,
        @Value("${motcua.payment.reminder-after-working-days:3}") int first,
        @Value("${motcua.payment.expire-after-reminder-working-days:2}") int second) {
      this.calendar = calendar;
      this.first = first;
      this.second = second;
    }

    public Date reminderAt(String dossierCode) {
      return after(first);
    }

    public Date expiryAt(String dossierCode) {
      return after(second);
    }

    private Date after(int workingDays) {
      LocalDate today =
          ClockUtil.getCurrentTime().toInstant().atZone(VietnameseFormats.VIETNAM).toLocalDate();
      return Date.from(
          calendar
              .addWorkingDays(today, workingDays)
              .atTime(calendar.officeHours().closing())
              .atZone(VietnameseFormats.VIETNAM)
              .toInstant());
    }
  }
}
