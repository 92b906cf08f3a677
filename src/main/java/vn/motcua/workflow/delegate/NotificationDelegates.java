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
import vn.motcua.notification.StatusChange;
import vn.motcua.notification.StatusNotifications;
import vn.motcua.shared.SideEffects;
import vn.motcua.workflow.ProcessElements;
import vn.motcua.workflow.ProcessVariables;

/**
 * The steps of the status-notification process: mail and SMS to the applicant, and the push to the
 * national portal, each once per status change (keyed by dossier + channel + change id). One step
 * tries all three; a channel it could not reach goes on to its own retried step.
 */
@Configuration
class NotificationDelegates {

  private static final Logger log = LoggerFactory.getLogger(NotificationDelegates.class);

  @Bean
  JavaDelegate statusNotifier(Dossiers dossiers, StatusNotifications channels) {
    return execution -> {
      DossierView dossier = dossiers.get(execution.getProcessBusinessKey());
      StatusChange change = Change.of(execution, dossier).told(dossier);
      List<String> failed = new ArrayList<>();
      for (String channel : channels.channels()) {
        try {
          channels.send(channel, change);
        } catch (SideEffects.EffectFailedException e) {
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
        execution.setVariable(
            ProcessVariables.FAILED_CHANNELS, Variables.untypedValue(failed, true));
        throw new BpmnError(
            ProcessElements.CHANNEL_FAILED, "not sent yet by: " + String.join(", ", failed));
      }
    };
  }

  /**
   * One failed channel again, named by the multi-instance step's {@code channel}; a failure fails
   * the job, which retries.
   */
  @Bean
  JavaDelegate statusChannelResender(Dossiers dossiers, StatusNotifications channels) {
    return execution ->
        resend(
            execution,
            dossiers,
            channels,
            ProcessVariables.text(execution, ProcessVariables.CHANNEL));
  }

  // The three steps of the first version of status-notification (one job per channel), for the
  // instances that were
  // still running when this version was deployed: they carry their facts as variables, which
  // Change.of reads.

  @Bean
  JavaDelegate statusEmailSender(Dossiers dossiers, StatusNotifications channels) {
    return execution -> resend(execution, dossiers, channels, StatusNotifications.EMAIL);
  }

  @Bean
  JavaDelegate statusSmsSender(Dossiers dossiers, StatusNotifications channels) {
    return execution -> resend(execution, dossiers, channels, StatusNotifications.SMS);
  }

  @Bean
  JavaDelegate nationalPortalPusher(Dossiers dossiers, StatusNotifications channels) {
    return execution -> resend(execution, dossiers, channels, StatusNotifications.NATIONAL_PORTAL);
  }

  private static void resend(
      DelegateExecution execution,
      Dossiers dossiers,
      StatusNotifications channels,
      String channel) {
    DossierView dossier = dossiers.get(execution.getProcessBusinessKey());
    channels.send(channel, Change.of(execution, dossier).told(dossier));
  }

  /**
   * The change to tell, as the dossier's timeline recorded it under the process's only variable,
   * {@code changeId}. The status is the one of the change, not the dossier's current one, which may
   * have moved on since. A notification started by the first version of the process (before the
   * timeline named its changes) carries the facts as variables of its own.
   */
  record Change(String id, DossierStatus status, Instant at, String note, boolean notice) {

    /**
     * The change on the timeline by its id; a notice when the entry before it left the same status
     * (a verification, an apology: told to the applicant, but not a change of status).
     */
    static Change of(DelegateExecution execution, DossierView dossier) {
      String id = ProcessVariables.text(execution, ProcessVariables.CHANGE_ID);
      List<DossierView.TimelineEntry> timeline = dossier.timeline();
      for (int i = 0; i < timeline.size(); i++) {
        DossierView.TimelineEntry entry = timeline.get(i);
        if (entry.changeId() != null && entry.changeId().toString().equals(id)) {
          boolean notice = i > 0 && timeline.get(i - 1).status() == entry.status();
          return new Change(id, entry.status(), entry.at(), entry.note(), notice);
        }
      }
      Object changedAt = execution.getVariable(ProcessVariables.CHANGED_AT);
      if (changedAt == null) {
        throw new IllegalStateException(
            "dossier " + dossier.code() + " has no status change " + id);
      }
      return new Change(
          id,
          DossierStatus.valueOf(ProcessVariables.text(execution, ProcessVariables.STATUS)),
          ((Date) changedAt).toInstant(),
          ProcessVariables.text(execution, ProcessVariables.NOTE),
          false);
    }

    /** The change as the notifications tell it, with the dossier's facts and national codes. */
    StatusChange told(DossierView dossier) {
      return new StatusChange(
          id,
          dossier.code(),
          dossier.procedureCode(),
          dossier.procedureName(),
          dossier.applicantName(),
          dossier.applicantEmail(),
          dossier.applicantPhone(),
          status.name(),
          status.label(),
          status.nationalCode(),
          dossier.channel().nationalCode(),
          dossier.receivedAt(),
          dossier.appointmentAt(),
          dossier.completedAt(),
          at,
          note,
          dossier.nationalId(),
          notice);
    }
  }
}
