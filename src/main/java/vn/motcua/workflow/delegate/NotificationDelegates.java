package vn.motcua.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * national portal, each once per status change (keyed by dossier + step + change id).
 */
@Configuration
class NotificationDelegates {

  @Bean
  JavaDelegate statusEmailSender(Dossiers dossiers, StatusMessages messages, EmailGateway email, SideEffectLedger ledger,
                                 PublicUrls urls) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      if (dossier.applicantEmail() == null || dossier.applicantEmail().isBlank()) {
        return;
      }
      StatusMessages.Email mail = messages.email(facts(execution, dossier, urls));
      ledger.once(dossier.code(), "email", changeId(execution),
          () -> email.send(dossier.applicantEmail(), mail.subject(), mail.body(), dossier.code()));
    };
  }

  @Bean
  JavaDelegate statusSmsSender(Dossiers dossiers, StatusMessages messages, SmsGateway sms, SideEffectLedger ledger,
                               PublicUrls urls) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      if (dossier.applicantPhone() == null || dossier.applicantPhone().isBlank()) {
        return;
      }
      String text = messages.sms(facts(execution, dossier, urls));
      ledger.once(dossier.code(), "sms", changeId(execution), () -> sms.send(dossier.applicantPhone(), text, dossier.code()));
    };
  }

  @Bean
  JavaDelegate nationalPortalPusher(Dossiers dossiers, NationalPortal portal, SideEffectLedger ledger) {
    return execution -> {
      DossierView dossier = dossiers.get(ProcessVariables.dossierCode(execution));
      DossierStatus status = DossierStatus.valueOf(ProcessVariables.text(execution, "status"));
      StatusUpdate update = new StatusUpdate(dossier.code(), dossier.procedureCode(), status.nationalCode(),
          dossier.channel().nationalCode(), dossier.receivedAt(), dossier.appointmentAt(), dossier.completedAt(),
          ((java.util.Date) execution.getVariable("changedAt")).toInstant());
      ledger.once(dossier.code(), "national-portal", changeId(execution), () -> portal.push(update));
    };
  }

  private static String changeId(DelegateExecution execution) {
    return ProcessVariables.text(execution, "changeId");
  }

  /** The status is the one of the change, not the dossier's current one, which may have moved on since. */
  private static StatusMessages.Facts facts(DelegateExecution execution, DossierView dossier, PublicUrls urls) {
    DossierStatus status = DossierStatus.valueOf(ProcessVariables.text(execution, "status"));
    return new StatusMessages.Facts(dossier.code(), dossier.procedureName(), dossier.applicantName(), status.name(),
        status.label(), dossier.appointmentAt() == null ? null : VietnameseFormats.dateTime(dossier.appointmentAt()),
        ProcessVariables.text(execution, "note"), urls.lookupPage(dossier.code()));
  }
}
