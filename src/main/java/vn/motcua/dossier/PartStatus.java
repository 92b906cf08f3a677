package vn.motcua.dossier;

import vn.motcua.shared.VietnameseTexts;

/**
 * Where a part of an interlinked group stands: waiting for the parts before it, being worked by its
 * agency, done, refused by its agency, or cancelled (a part before it was refused, or the dossier
 * ended otherwise).
 */
public enum PartStatus {
  WAITING,
  IN_PROGRESS,
  DONE,
  REFUSED,
  CANCELLED;

  /** The bundle key of the label: {@code dossier.part.status.<NAME>}. */
  public String messageKey() {
    return "dossier.part.status." + name();
  }

  public String label() {
    return VietnameseTexts.text(messageKey());
  }

  public boolean isOpen() {
    return this == WAITING || this == IN_PROGRESS;
  }
}
