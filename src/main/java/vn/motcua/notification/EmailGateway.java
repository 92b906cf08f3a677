package vn.motcua.notification;

/**
 * Sends an e-mail to an applicant over SMTP (Spring Mail); what was sent is kept in the {@link
 * Outbox}.
 */
public interface EmailGateway {

  /**
   * @param reference what the mail is about (a dossier code), for tracing and support
   * @throws org.springframework.mail.MailException when the mail server refuses or cannot be
   *     reached
   */
  void send(String to, String subject, String body, String reference);

  /** The same, with one attached file (the electronic result). */
  void send(
      String to,
      String subject,
      String body,
      String reference,
      String fileName,
      String mediaType,
      byte[] attachment);
}
