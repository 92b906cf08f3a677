package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.notification.EmailGateway;
import vn.motcua.notification.OutboxMessage;
import vn.motcua.shared.VietnameseTexts;

/**
 * Mail over real SMTP. A failure propagates, so the process step that sends becomes a retry and
 * then an incident; a mail is recorded in the outbox only once the server has taken it.
 */
@Component
class SmtpEmailGateway implements EmailGateway {

  /**
   * Jakarta Mail 2.1 looks its stream provider up again for every subject it encodes and every part
   * it writes, by a {@link java.util.ServiceLoader} that reads every jar of the class path: about a
   * tenth of a status notification's CPU (LifecycleBenchmark's profile). Named by this system
   * property, it is a class instantiated instead, with no scan (jakartaee/mail-api issue 861).
   */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final JavaMailSender mailSender;
  private final OutboxStore outbox;
  private final String from;

  SmtpEmailGateway(
      JavaMailSender mailSender,
      OutboxStore outbox,
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

  @Override
  public void send(
      String to,
      String subject,
      String body,
      String reference,
      String fileName,
      String mediaType,
      byte[] attachment) {
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(body);
      helper.addAttachment(fileName, new ByteArrayResource(attachment), mediaType);
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new MailPreparationException("cannot prepare the mail to " + to, e);
    }
    outbox.record(
        OutboxMessage.Channel.EMAIL,
        to,
        subject,
        body + "\n\n" + VietnameseTexts.text("outbox.attachment", fileName),
        reference);
  }
}
