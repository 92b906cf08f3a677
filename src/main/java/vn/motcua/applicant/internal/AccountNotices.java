package vn.motcua.applicant.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.ContactChannel;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.shared.Masks;
import vn.motcua.shared.PublicUrls;

/**
 * The activation and password-reset codes, by SMS or e-mail, in Vietnamese. Sent inside the
 * request's transaction: when the mail server refuses, nothing is saved and the citizen is asked to
 * try again with everything they typed still there (a code is worth nothing once it is late).
 */
@Component
class AccountNotices {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final SmsGateway sms;
  private final EmailGateway email;
  private final MessageSource messages;
  private final PublicUrls urls;

  AccountNotices(SmsGateway sms, EmailGateway email, MessageSource messages, PublicUrls urls) {
    this.sms = sms;
    this.email = email;
    this.messages = messages;
    this.urls = urls;
  }

  /**
   * @return where the code went, masked
   */
  String sendCode(
      ApplicantProfile to,
      boolean activation,
      ContactChannel via,
      String code,
      Duration validity,
      UUID requestId) {
    String what = activation ? "activate" : "reset";
    String reference = "account-" + what + ":" + requestId;
    Object[] args = {
      code,
      validity.toMinutes(),
      to.fullName(),
      urls.resolve(
          activation ? "/kich-hoat?request=" + requestId : "/dat-lai-mat-khau?request=" + requestId)
    };
    if (via == ContactChannel.EMAIL) {
      email.send(
          to.email(),
          messages.getMessage("account.mail." + what + ".subject", args, VIETNAMESE),
          messages.getMessage("account.mail." + what + ".body", args, VIETNAMESE),
          reference);
      return Masks.email(to.email());
    }
    sms.send(to.phone(), messages.getMessage("account.sms." + what, args, VIETNAMESE), reference);
    return Masks.phone(to.phone());
  }
}
