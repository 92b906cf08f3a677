package vn.motcua.paper.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.notification.StatusAttachments;
import vn.motcua.notification.StatusChange;
import vn.motcua.paper.Slips;

/**
 * The slip a status change issued, attached to the mail that tells the applicant of it: the receipt
 * and appointment on reception, the supplement request, the refusal, the stop notice.
 */
@Component
class SlipAttachments implements StatusAttachments {

  private final Slips slips;

  SlipAttachments(Slips slips) {
    this.slips = slips;
  }

  @Override
  public Optional<Attachment> of(StatusChange change) {
    return slips
        .issuedBy(change.dossierCode(), change.id())
        .map(slip -> new Attachment(slip.fileName(), "application/pdf", slip.pdf()));
  }
}
