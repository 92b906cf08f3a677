package vn.motcua.notification;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese texts that tell an applicant their dossier moved on: an e-mail and an SMS per
 * status, from the message bundles ({@code notify.<STATUS>.*}), so wording is changed without code.
 * SMS texts go without diacritics: one 160-character message, as Vietnamese carriers count them.
 */
@Component
public class StatusMessages {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * The status of {@link Facts} for a notice that changes no status (a verification, an apology):
   * its mail tells the note, not a new status.
   */
  public static final String NOTICE = "NOTICE";

  /**
   * What a message says about the change: values only, no personal data beyond the applicant's
   * name.
   */
  public record Facts(
      String dossierCode,
      String procedureName,
      String applicantName,
      String status,
      String statusLabel,
      String appointment,
      String note,
      String lookupUrl) {}

  public record Email(String subject, String body) {}

  private final MessageSource messages;

  StatusMessages(MessageSource messages) {
    this.messages = messages;
  }

  public Email email(Facts f) {
    Object[] args = {
      f.dossierCode(),
      f.procedureName(),
      f.applicantName(),
      f.statusLabel(),
      f.appointment() == null ? "" : f.appointment(),
      f.note() == null ? "" : f.note(),
      f.lookupUrl()
    };
    String subject = messages.getMessage("notify.email.subject", args, VIETNAMESE);
    String specific = messages.getMessage("notify." + f.status(), args, "", VIETNAMESE);
    String body =
        messages.getMessage(
            NOTICE.equals(f.status()) ? "notify.email.body.NOTICE" : "notify.email.body",
            new Object[] {
              f.applicantName(),
              f.dossierCode(),
              f.procedureName(),
              f.statusLabel(),
              specific,
              f.lookupUrl()
            },
            VIETNAMESE);
    return new Email(subject, body);
  }

  public String sms(Facts f) {
    String text =
        messages.getMessage(
            "notify.sms",
            new Object[] {
              f.dossierCode(), f.statusLabel(), f.appointment() == null ? "" : f.appointment()
            },
            VIETNAMESE);
    return withoutDiacritics(text);
  }

  static String withoutDiacritics(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed.replace('đ', 'd').replace('Đ', 'D');
  }
}
