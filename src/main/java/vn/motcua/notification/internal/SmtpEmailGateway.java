package vn.motcua.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.OutboxMessage;

/**
 * Mail over real SMTP. A failure propagates, so the process step that sends becomes a retry and
 * then an incident; a mail is recorded in the outbox only once the server has taken it.
 */
@Component
class SmtpEmailGateway implements EmailGateway {

  private final JavaMailSender mailSender;
  private final OutboxStore outbox;
  private final String from;

  SmtpEmailGateway(JavaMailSender mailSender, OutboxStore outbox,
                   @Value("${motcua.mail.from:Mot Cua <khong-tra-loi@motcua.example.vn>}") String from) {
    this.mailSender = mailSender;
    this.outbox = outbox;
    this.from = from;
  }

  @Override
  public void send(String to, String subject, String body, String reference) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    mailSender.send(message);
    outbox.record(OutboxMessage.Channel.EMAIL, to, subject, body, reference);
  }
}
