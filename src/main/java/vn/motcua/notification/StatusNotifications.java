package vn.motcua.notification;

import java.util.List;

/**
 * Tells a status change on its channels: mail and SMS to the applicant, the push to the national
 * portal, each once per change (keyed by dossier + channel + change id).
 */
public interface StatusNotifications {

  String NATIONAL_PORTAL = "national-portal";
  String SMS = "sms";
  String EMAIL = "email";

  /** The channels' names, in the order they are tried: the portal first, no one waits on it. */
  List<String> channels();

  /**
   * Tells {@code change} on {@code channel}; a mail or SMS only to an applicant who gave an address
   * or number.
   *
   * @throws vn.motcua.shared.SideEffects.EffectFailedException when the channel could not be
   *     reached; its message is not recorded as sent
   * @throws IllegalStateException for a channel not among {@link #channels()}
   */
  void send(String channel, StatusChange change);
}
