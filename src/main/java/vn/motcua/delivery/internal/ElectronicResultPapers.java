package vn.motcua.delivery.internal;

import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.document.Upload;
import vn.motcua.notification.EmailGateway;
import vn.motcua.paper.ResultDocuments;
import vn.motcua.paper.ResultPapers;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.SideEffects;
import vn.motcua.shared.VietnameseTexts;

/**
 * The electronic result's paper: rendered as PDF and kept in the applicant's e-document repository,
 * then mailed to the applicant with the PDF attached, once.
 */
@Component
class ElectronicResultPapers {

  /** The rendered result as the repository keeps it. */
  record Paper(StoredDocument stored, String fileName, byte[] pdf) {}

  private final ResultPapers papers;
  private final ResultDocuments results;
  private final DocumentRepository documents;
  private final EmailGateway email;
  private final Agencies agencies;
  private final SideEffects sideEffects;
  private final PublicUrls urls;

  ElectronicResultPapers(
      ResultPapers papers,
      ResultDocuments results,
      DocumentRepository documents,
      EmailGateway email,
      Agencies agencies,
      SideEffects sideEffects,
      PublicUrls urls) {
    this.papers = papers;
    this.results = results;
    this.documents = documents;
    this.email = email;
    this.agencies = agencies;
    this.sideEffects = sideEffects;
    this.urls = urls;
  }

  /**
   * The procedure's own document as the leader approved it (frozen at approval); the generic result
   * for a procedure without a result template and for an interlinked group, which lists its parts.
   */
  Paper renderAndStore(ElectronicResult result) {
    byte[] pdf =
        results
            .issued(result.dossierCode())
            .map(ResultDocuments.Issued::pdf)
            .orElseGet(() -> generic(result));
    String fileName = "ket-qua-" + result.dossierCode() + ".pdf";
    StoredDocument stored =
        documents.store(
            result.applicantAccount(),
            "RESULT",
            new Upload("result", fileName, "application/pdf", pdf));
    return new Paper(stored, fileName, pdf);
  }

  private byte[] generic(ElectronicResult result) {
    return papers.render(
        new ResultPapers.ResultFacts(
            result.dossierCode(),
            result.procedureCode(),
            result.procedureName(),
            result.applicantName(),
            agencies
                .find(result.resolvingAgency())
                .map(Agency::name)
                .orElse(result.resolvingAgency()),
            result.decidedAt(),
            urls.lookupPage(result.dossierCode()),
            result.parts()));
  }

  /** Mails the paper to an applicant who gave an address; once per dossier. */
  void mail(ElectronicResult result, Paper paper) {
    if (result.applicantEmail() == null || result.applicantEmail().isBlank()) {
      return;
    }
    sideEffects.atMostOnce(
        result.dossierCode(),
        "result-email",
        "1",
        () ->
            email.send(
                result.applicantEmail(),
                VietnameseTexts.text("delivery.resultMail.subject", result.dossierCode()),
                VietnameseTexts.text(
                    "delivery.resultMail.body",
                    result.applicantName(),
                    result.dossierCode(),
                    result.procedureName()),
                result.dossierCode(),
                paper.fileName(),
                "application/pdf",
                paper.pdf()));
  }
}
