package vn.motcua.notification;

import java.util.Optional;

/**
 * What a status change's mail carries attached: the slip the change issued (the receipt on
 * reception, the supplement request, the refusal, the stop notice), made by the paper module.
 */
public interface StatusAttachments {

  record Attachment(String fileName, String mediaType, byte[] content) {}

  /** The change's attachment; empty for a change that issues no paper. */
  Optional<Attachment> of(StatusChange change);
}
