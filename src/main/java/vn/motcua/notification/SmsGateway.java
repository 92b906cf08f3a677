package vn.motcua.notification;

/**
 * Sends a text message to a Vietnamese mobile number. The sandbox adapter (the default) records it
 * in the {@link Outbox}; a provider's adapter would call its HTTP API (brand-name SMS, Decree
 * 91/2020/NĐ-CP). Switching is the property {@code motcua.sms.gateway}.
 */
public interface SmsGateway {

  /**
   * @param phone 10 digits starting with 0
   * @param text the message as the citizen reads it
   * @param reference what the message is about (a dossier code, a look-up request), for tracing and
   *     support
   */
  void send(String phone, String text, String reference);
}
