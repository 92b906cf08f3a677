package vn.motcua.workflow.delegate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.interop.NationalPortal;
import vn.motcua.interop.StatusUpdate;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.StatusMessages;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.VietnameseFormats;

/**
 * The steps of the status-notification process: mail and SMS to the applicant, and the push to the
 * national portal, each once per status change (keyed by dossier + channel + change id). One step
 * tries all three; a channel it could not reach goes on to its own retried step.
 */
@Configuration
class NotificationDelegates {

  private static final Logger log = LoggerFactory.getLogger(NotificationDelegates.class);

  /**
   * The error that hands the channels named in {@code failedChannels} to a step of their own each.
   */
  static final String CHANNEL_FAILED = "CHANNEL_FAILED";

  @Bean
  JavaDelegate statusNotifier(Dossiers dossiers, StatusChannels channels) {
    return execution -> {
      DossierView dossier = dossiers.get(execution.getProcessBusinessKey());
      Change change = Change.of(execution, dossier);
      List<String> failed = new ArrayList<>();
      for (String channel : StatusChannels.NAMES) {
        try {
          channels.send(channel, change, dossier);
        } catch (SideEffectLedger.EffectFailedException e) {
          // its ledger key is gone with it; the other channels' keys commit with this step
          log.warn(
              "Status notification of {}: channel {} failed, retried on its own step",
              dossier.code(),
              channel,
              e.getCause());
          failed.add(channel);
        }
      }
      if (!failed.isEmpty()) {
        // transient: read once, by the multi-instance step that the error leads to; each instance
        // keeps its channel
        execution.setVariable("failedChannels", Variables.untypedValue(failed, true));
        throw new BpmnError(CHANNEL_FAILED, "Chưa gửi được qua: " + String.join(", ", failed));
      }
    };
  }

  /**
   * One failed channel again, named by the multi-instance step's {@code channel}; a failure fails
   * the job, which retries.
   */
  @Bean
  JavaDelegate statusChannelResender(Dossiers dossiers, StatusChannels channels) {
    return execution ->
        resend(execution, dossiers, channels, ProcessVariables.text(execution, "channel"));
  }

  // The three steps of the first version of status-notification (one job per channel), for the
  // instances that were
  // still running when this version was deployed: they carry their facts as variables, which
  // Change.of reads.

  @Bean
  JavaDelegate statusEmailSender(Dossiers dossiers, StatusChannels channels) {
    return execution -> resend(execution, dossiers, channels, "email");
  }

  @Bean
  JavaDelegate statusSmsSender(Dossiers dossiers, StatusChannels channels) {
    return execution -> resend(execution, dossiers, channels, "sms");
  }

  @Bean
  JavaDelegate nationalPortalPusher(Dossiers dossiers, StatusChannels channels) {
    return execution -> resend(execution, dossiers, channels, "national-portal");
  }

  private static void resend(
      DelegateExecution execution, Dossiers dossiers, StatusChannels channels, String channel) {
    DossierView dossier = dossiers.get(execution.getProcessBusinessKey());
    channels.send(channel, Change.of(execution, dossier), dossier);
  }

  @Bean
  StatusChannels statusChannels(
      StatusMessages messages,
      EmailGateway email,
      SmsGateway sms,
      NationalPortal portal,
      SideEffectLedger ledger,
      PublicUrls urls) {
    return new StatusChannels(messages, email, sms, portal, ledger, urls);
  }

  /**
   * The change to tell, as the dossier's timeline recorded it under the process's only variable,
   * {@code changeId}. The status is the one of the change, not the dossier's current one, which may
   * have moved on since. A notification started by the first version of the process (before the
   * timeline named its changes) carries the facts as variables of its own.
   */
  record Change(String id, DossierStatus status, Instant at, String note) {

    static Change of(DelegateExecution execution, DossierView dossier) {
      String id = ProcessVariables.text(execution, "changeId");
      for (DossierView.TimelineEntry entry : dossier.timeline()) {
        if (entry.changeId() != null && entry.changeId().toString().equals(id)) {
          return new Change(id, entry.status(), entry.at(), entry.note());
        }
      }
      Object changedAt = execution.getVariable("changedAt");
      if (changedAt == null) {
        throw new IllegalStateException("Hồ sơ " + dossier.code() + " không có thay đổi " + id);
      }
      return new Change(
          id,
          DossierStatus.valueOf(ProcessVariables.text(execution, "status")),
          ((Date) changedAt).toInstant(),
          ProcessVariables.text(execution, "note"));
    }
  }

  /**
   * The three channels of a status change; each throws {@link
   * SideEffectLedger.EffectFailedException} when its effect fails.
   */
  record StatusChannels(
      StatusMessages messages,
      EmailGateway email,
      SmsGateway sms,
      NationalPortal portal,
      SideEffectLedger ledger,
      PublicUrls urls) {

    /**
     * The names {@code failedChannels} and {@code channel} use, in the order they are tried: the
     * portal first, no one waits on it.
     */
    static final List<String> NAMES = List.of("national-portal", "sms", "email");

    void send(String channel, Change change, DossierView dossier) {
      switch (channel) {
        case "national-portal" -> portal(change, dossier);
        case "sms" -> sms(change, dossier);
        case "email" -> email(change, dossier);
        default -> throw new IllegalStateException("Kênh thông báo không rõ: " + channel);
      }
    }

    void email(Change change, DossierView dossier) {
      if (dossier.applicantEmail() == null || dossier.applicantEmail().isBlank()) {
        return;
      }
      StatusMessages.Email mail = messages.email(facts(change, dossier));
      ledger.once(
          dossier.code(),
          "email",
          change.id(),
          () -> email.send(dossier.applicantEmail(), mail.subject(), mail.body(), dossier.code()));
    }

    void sms(Change change, DossierView dossier) {
      if (dossier.applicantPhone() == null || dossier.applicantPhone().isBlank()) {
        return;
      }
      String text = messages.sms(facts(change, dossier));
      ledger.once(
          dossier.code(),
          "sms",
          change.id(),
          () -> sms.send(dossier.applicantPhone(), text, dossier.code()));
    }

    void portal(Change change, DossierView dossier) {
      StatusUpdate update =
          new StatusUpdate(
              dossier.code(),
              dossier.procedureCode(),
              change.status().nationalCode(),
              dossier.channel().nationalCode(),
              dossier.receivedAt(),
              dossier.appointmentAt(),
              dossier.completedAt(),
              change.at());
      ledger.once(dossier.code(), "national-portal", change.id(), () -> portal.push(update));
    }

    private StatusMessages.Facts facts(Change change, DossierView dossier) {
      return new StatusMessages.Facts(
          dossier.code(),
          dossier.procedureName(),
          dossier.applicantName(),
          change.status().name(),
          change.status().label(),
          dossier.appointmentAt() == null
              ? null
              : VietnameseFormats.dateTime(dossier.appointmentAt()),
          change.note(),
          urls.lookupPage(dossier.code()));
    }
  }
}
