package vn.motcua.notification.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.interop.NationalPortal;
import vn.motcua.interop.StatusUpdate;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.StatusAttachments;
import vn.motcua.notification.StatusChange;
import vn.motcua.notification.StatusMessages;
import vn.motcua.notification.StatusNotifications;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SideEffects;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The three channels of a status change; each throws {@link SideEffects.EffectFailedException} when
 * its effect fails. Not transactional on purpose: a failed channel must not mark the caller's
 * transaction for rollback, the other channels' keys commit with it.
 */
// public: process tests wire the real channels to mocked gateways
@Component
public class StatusChannels implements StatusNotifications {

  private static final Logger log = LoggerFactory.getLogger(StatusChannels.class);
  private static final List<String> NAMES = List.of(NATIONAL_PORTAL, SMS, EMAIL);

  private final StatusMessages messages;
  private final EmailGateway email;
  private final SmsGateway sms;
  private final NationalPortal portal;
  private final SideEffects sideEffects;
  private final PublicUrls urls;
  private final StatusAttachments attachments;

  public StatusChannels(
      StatusMessages messages,
      EmailGateway email,
      SmsGateway sms,
      NationalPortal portal,
      SideEffects sideEffects,
      PublicUrls urls,
      StatusAttachments attachments) {
    this.attachments = attachments;
    this.messages = messages;
    this.email = email;
    this.sms = sms;
    this.portal = portal;
    this.sideEffects = sideEffects;
    this.urls = urls;
  }

  @Override
  public List<String> channels() {
    return NAMES;
  }

  @Override
  public void send(String channel, StatusChange change) {
    switch (channel) {
      case NATIONAL_PORTAL -> portal(change);
      case SMS -> sms(change);
      case EMAIL -> email(change);
      default -> throw new IllegalStateException("unknown notification channel: " + channel);
    }
  }

  private void email(StatusChange change) {
    if (change.applicantEmail() == null || change.applicantEmail().isBlank()) {
      return;
    }
    StatusMessages.Email mail = messages.email(facts(change));
    sideEffects.atMostOnce(change.dossierCode(), EMAIL, change.id(), () -> send(change, mail));
  }

  /**
   * The mail with the slip the change issued attached. A slip that cannot be made does not hold the
   * mail back: it goes without, the slip stays downloadable, and the log says why.
   */
  private void send(StatusChange change, StatusMessages.Email mail) {
    Optional<StatusAttachments.Attachment> slip;
    try {
      slip = attachments.of(change);
    } catch (RuntimeException e) {
      log.warn(
          "Dossier {}: the slip of change {} could not be made; mailed without it",
          change.dossierCode(),
          change.id(),
          e);
      slip = Optional.empty();
    }
    if (slip.isEmpty()) {
      email.send(change.applicantEmail(), mail.subject(), mail.body(), change.dossierCode());
      return;
    }
    email.send(
        change.applicantEmail(),
        mail.subject(),
        mail.body(),
        change.dossierCode(),
        slip.get().fileName(),
        slip.get().mediaType(),
        slip.get().content());
  }

  private void sms(StatusChange change) {
    if (change.applicantPhone() == null || change.applicantPhone().isBlank()) {
      return;
    }
    String text = messages.sms(facts(change));
    sideEffects.once(
        change.dossierCode(),
        SMS,
        change.id(),
        () -> sms.send(change.applicantPhone(), text, change.dossierCode()));
  }

  /**
   * The national portal's status sync: the change's national status, the dossier's dates, and the
   * portal's own id of a dossier it sent us.
   */
  private void portal(StatusChange change) {
    StatusUpdate update =
        new StatusUpdate(
            change.dossierCode(),
            change.procedureCode(),
            change.nationalStatus(),
            change.nationalChannel(),
            change.receivedAt(),
            change.appointmentAt(),
            change.completedAt(),
            change.changedAt(),
            change.nationalId());
    sideEffects.once(change.dossierCode(), NATIONAL_PORTAL, change.id(), () -> portal.push(update));
  }

  private StatusMessages.Facts facts(StatusChange change) {
    return new StatusMessages.Facts(
        change.dossierCode(),
        change.procedureName(),
        change.applicantName(),
        change.notice() ? StatusMessages.NOTICE : change.status(),
        change.notice() ? VietnameseTexts.text("notify.noticeLabel") : change.statusLabel(),
        change.appointmentAt() == null ? null : VietnameseFormats.dateTime(change.appointmentAt()),
        change.note(),
        urls.lookupPage(change.dossierCode()));
  }
}
