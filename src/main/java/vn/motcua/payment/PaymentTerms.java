package vn.motcua.payment;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnameseFormats;

/**
 * How long an applicant has to pay an online fee: a reminder after the first period, the end after
 * the second, both in working days and ending when the desk closes, so a fee asked for on a Friday
 * is not overdue on Monday morning.
 */
@Component
public final class PaymentTerms {

  private final WorkingCalendar calendar;
  private final int reminderAfter;
  private final int expiryAfterReminder;

  public PaymentTerms(
      WorkingCalendar calendar,
      @Value("${motcua.payment.reminder-after-working-days:3}") int reminderAfter,
      @Value("${motcua.payment.expire-after-reminder-working-days:2}") int expiryAfterReminder) {
    this.calendar = calendar;
    this.reminderAfter = reminderAfter;
    this.expiryAfterReminder = expiryAfterReminder;
  }

  /** When the applicant is reminded, for a fee asked for {@code today}. */
  public Instant reminderAt(LocalDate today) {
    return closingAfter(today, reminderAfter);
  }

  /** When the fee can no longer be paid, counted from the day of the reminder. */
  public Instant expiryAt(LocalDate reminderDay) {
    return closingAfter(reminderDay, expiryAfterReminder);
  }

  private Instant closingAfter(LocalDate day, int workingDays) {
    return calendar
        .addWorkingDays(day, workingDays)
        .atTime(calendar.officeHours().closing())
        .atZone(VietnameseFormats.VIETNAM)
        .toInstant();
  }
}
