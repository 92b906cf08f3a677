package vn.motcua.workflow.delegate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.VietnameseFormats;
import vn.motcua.interop.NationalPortal;
import vn.motcua.interop.StatusUpdate;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.SmsGateway;
import vn.motcua.notification.StatusMessages;
import vn.motcua.shared.PublicUrls;

/**
 * The steps of the status-notification process: mail and SMS to the applicant, and the push to the
 * national portal, each once per status change (keyed by dossier + channel + change id). One step
 * tries all three; a channel it could not reach goes on to its own retried step.
 */
@Configuration
class NotificationDelegates {

  private static final Logger log = LoggerFactory.getLogger(NotificationDelegates.class);

  /** The error that hands the channels named in {@code failedChannels} to their own steps. */
  static final String CHANNEL_FAILED = "CHANNEL_FAILED";

  @Bean
  JavaDelegate statusNotifier(Dossiers dossiers, StatusChannels channels) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      List<String> failed = new ArrayList<>();
      for (Map.Entry<String, BiConsumer<DelegateExecution, DossierView>> channel : channels.all().entrySet()) {
        try {
          channel.getValue().accept(execution, dossier);
        } catch (SideEffectLedger.EffectFailedException e) {
          // its ledger key is gone with it; the other channels' keys commit with this step
          log.warn("Status notification of {}: channel {} failed, retried on its own step", dossier.code(), channel.getKey(),
              e.getCause());
          failed.add(channel.getKey());
        }
      }
      if (!failed.isEmpty()) {
        execution.setVariable("failedChannels", String.join(" ", failed));
        throw new BpmnError(CHANNEL_FAILED, "Chưa gửi được qua: " + String.join(", ", failed));
      }
    };
  }

  @Bean
  JavaDelegate statusEmailSender(Dossiers dossiers, StatusChannels channels) {
    return execution -> channels.email(execution, dossiers.get(ProcessVariables.dossierCode(execution)));
  }

  @Bean
  JavaDelegate statusSmsSender(Dossiers dossiers, StatusChannels channels) {
    return execution -> channels.sms(execution, dossiers.get(ProcessVariables.dossierCode(execution)));
  }

  @Bean
  JavaDelegate nationalPortalPusher(Dossiers dossiers, StatusChannels channels) {
    return execution -> channels.portal(execution, dossiers.get(ProcessVariables.dossierCode(execution)));
  }

  @Bean
  StatusChannels statusChannels(StatusMessages messages, EmailGateway email, SmsGateway sms, NationalPortal portal,
                                SideEffectLedger ledger, PublicUrls urls) {
    return new StatusChannels(messages, email, sms, portal, ledger, urls);
  }

  /** The three channels of a status change; each throws {@link SideEffectLedger.EffectFailedException} when its effect fails. */
  record StatusChannels(StatusMessages messages, EmailGateway email, SmsGateway sms, NationalPortal portal,
                        SideEffectLedger ledger, PublicUrls urls) {

    /** By the names {@code failedChannels} uses, in the order they are tried: the portal first, it has no one waiting. */
    Map<String, BiConsumer<DelegateExecution, DossierView>> all() {
      Map<String, BiConsumer<DelegateExecution, DossierView>> all = new LinkedHashMap<>();
      all.put("national-portal", this::portal);
      all.put("sms", this::sms);
      all.put("email", this::email);
      return all;
    }

    void email(DelegateExecution execution, DossierView dossier) {
      if (dossier.applicantEmail() == null || dossier.applicantEmail().isBlank()) {
        return;
      }
      StatusMessages.Email mail = messages.email(facts(execution, dossier));
      ledger.once(dossier.code(), "email", changeId(execution),
          () -> email.send(dossier.applicantEmail(), mail.subject(), mail.body(), dossier.code()));
    }

    void sms(DelegateExecution execution, DossierView dossier) {
      if (dossier.applicantPhone() == null || dossier.applicantPhone().isBlank()) {
        return;
      }
      String text = messages.sms(facts(execution, dossier));
      ledger.once(dossier.code(), "sms", changeId(execution), () -> sms.send(dossier.applicantPhone(), text, dossier.code()));
    }

    void portal(DelegateExecution execution, DossierView dossier) {
      DossierStatus status = DossierStatus.valueOf(ProcessVariables.text(execution, "status"));
      StatusUpdate update = new StatusUpdate(dossier.code(), dossier.procedureCode(), status.nationalCode(),
          dossier.channel().nationalCode(), dossier.receivedAt(), dossier.appointmentAt(), dossier.completedAt(),
          ((java.util.Date) execution.getVariable("changedAt")).toInstant());
      ledger.once(dossier.code(), "national-portal", changeId(execution), () -> portal.push(update));
    }

    private static String changeId(DelegateExecution execution) {
      return ProcessVariables.text(execution, "changeId");
    }

    /** The status is the one of the change, not the dossier's current one, which may have moved on since. */
    private StatusMessages.Facts facts(DelegateExecution execution, DossierView dossier) {
      DossierStatus status = DossierStatus.valueOf(ProcessVariables.text(execution, "status"));
      return new StatusMessages.Facts(dossier.code(), dossier.procedureName(), dossier.applicantName(), status.name(),
          status.label(), dossier.appointmentAt() == null ? null : VietnameseFormats.dateTime(dossier.appointmentAt()),
          ProcessVariables.text(execution, "note"), urls.lookupPage(dossier.code()));
    }
  }
}
