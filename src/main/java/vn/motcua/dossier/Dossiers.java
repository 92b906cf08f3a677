package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.catalog.FieldError;
import vn.motcua.document.Upload;

/** What citizens do with their dossiers, and what they may see of them. */
public interface Dossiers {

  /**
   * Creates the dossier, or answers the one an earlier request with the same idempotency key (or,
   * from the national portal, the same national id) created.
   */
  SubmissionResult submit(SubmissionCommand command);

  /**
   * A walk-in dossier taken at the counter ({@link Channel#COUNTER}) by a one-stop officer of its
   * receiving unit: submitted as {@link #submit} does (same checks, code, fee for the counter,
   * appointment, process), then received at once by {@code officer}: the reception task is
   * completed with the decision accept, so the timeline names the officer and the process goes on
   * as after any reception. The caller checks that the officer works at the receiving unit. A
   * repeat of the same request answers the same dossier.
   */
  SubmissionResult receiveAtCounter(SubmissionCommand command, String officer);

  /**
   * Every problem {@link #submit} would refuse the command for (the procedure, places, declaration,
   * documents and uploads), without saving anything; empty when it would be taken.
   */
  List<FieldError> problems(SubmissionCommand command);

  List<DossierView> listOwned(String account);

  /**
   * @throws DossierNotFoundException also when the dossier is someone else's
   */
  DossierView getOwned(String account, String code);

  /**
   * Where the applicant's repository documents went: document id → the codes of the applicant's
   * dossiers with a component taken from it (uploaded with the dossier or reused), newest dossier
   * first.
   */
  Map<UUID, List<String>> documentUsage(String account);

  /** The dossier for officers and system steps (no owner check: authorization is the caller's). */
  DossierView get(String code);

  /**
   * The dossiers an agency received, or resolves, in {@code [from, until)} by their reception time,
   * oldest first: its register (no owner check: authorization is the caller's). Dossiers not yet
   * received (submitted, refused at reception) are not in it.
   */
  List<DossierView> receivedFor(String agencyId, Instant from, Instant until);

  /**
   * The dossier as markdown for officers (no owner check): procedure, applicant, places, dates, the
   * declaration with its form's labels, and the documents; in Vietnamese.
   */
  String summary(String code);

  /** The papers other modules offer officers for this dossier (slips, results), as links. */
  List<OfficerLinks.Link> officerLinks(DossierView dossier);

  /** The dossier's declaration as officers read and print it (no owner check). */
  List<DeclarationRow> declaration(String code);

  /**
   * Records that {@code officer} opened the dossier ({@code documentId} null) or one of its
   * documents: every officer's reading of personal data is on record.
   */
  void recordOfficerAccess(String code, String officer, UUID documentId);

  /**
   * Supplements a dossier whose supplement was asked for: changed declaration fields and added
   * documents.
   */
  DossierView supplement(
      String account,
      String code,
      Map<String, Object> formChanges,
      List<ComponentRequest> components,
      List<Upload> uploads,
      String note);

  DossierView withdraw(String account, String code, String reason);

  /**
   * The applicant rates the service once the dossier is closed (result delivered, or refused or
   * rejected); once per dossier, every criterion answered.
   *
   * @throws DossierStateException when the dossier is not closed yet, or was rated already
   * @throws InvalidSubmissionException when a criterion is not answered
   */
  ServiceRating rate(
      String account,
      String code,
      Map<ServiceRating.Criterion, ServiceRating.Level> answers,
      String comment);

  /** The applicant's rating of the dossier, if given. */
  Optional<ServiceRating> rating(String account, String code);
}
