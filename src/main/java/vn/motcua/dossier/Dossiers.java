package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What citizens do with their dossiers, and what they may see of them. */
public interface Dossiers {

  SubmissionResult submit(SubmissionCommand command);

  List<DossierView> listOwned(String account);

  /** @throws DossierNotFoundException also when the dossier is someone else's */
  DossierView getOwned(String account, String code);

  /**
   * Where the applicant's repository documents went: document id → the codes of the applicant's
   * dossiers with a component taken from it (uploaded with the dossier or reused), newest dossier first.
   */
  Map<UUID, List<String>> documentUsage(String account);

  /** The dossier for officers and system steps (no owner check: authorization is the caller's). */
  DossierView get(String code);

  /** Supplements a dossier whose supplement was asked for: changed declaration fields and added documents. */
  DossierView supplement(String account, String code, Map<String, Object> formChanges, List<ComponentRequest> components,
                         List<vn.motcua.document.Upload> uploads, String note);

  DossierView withdraw(String account, String code, String reason);
}
