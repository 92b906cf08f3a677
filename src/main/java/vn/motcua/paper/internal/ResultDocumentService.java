package vn.motcua.paper.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.document.DocumentRepository;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.paper.AssessmentValues;
import vn.motcua.paper.OfficerNames;
import vn.motcua.paper.ResultDocuments;
import vn.motcua.paper.ResultTemplates;
import vn.motcua.shared.PublicUrls;

/**
 * Renders a dossier's result from the template stored with its procedure's version, and freezes it
 * when the leader approves (the dossier reaches {@link DossierStatus#RESULT_READY}, in the same
 * transaction): the data and the PDF are kept, and the PDF issued later is that one, byte for byte.
 * The PDF goes to the document store every node reads (by its SHA-256, in {@code result_issue});
 * results frozen before kept it in the row, base64 ({@code pdf_base64}), and are read from there:
 * the copy in the row was 36 of the 44 kB a closed dossier kept once its history was gone. {@link
 * ResultIssueReferences} keeps the sweeper off those bytes.
 */
@Service
class ResultDocumentService implements ResultDocuments {

  private static final Logger log = LoggerFactory.getLogger(ResultDocumentService.class);

  private final Dossiers dossiers;
  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final AssessmentValues assessment;
  private final OfficerNames officers;
  private final SlipPdf pdf;
  private final JdbcTemplate jdbc;
  private final ObjectMapper objectMapper;
  private final PublicUrls urls;
  private final Clock clock;
  private final DocumentRepository documents;

  ResultDocumentService(
      Dossiers dossiers,
      ProcedureCatalog catalog,
      Agencies agencies,
      AssessmentValues assessment,
      OfficerNames officers,
      SlipPdf pdf,
      JdbcTemplate jdbc,
      ObjectMapper objectMapper,
      PublicUrls urls,
      Clock clock,
      DocumentRepository documents) {
    this.documents = documents;
    this.dossiers = dossiers;
    this.catalog = catalog;
    this.agencies = agencies;
    this.assessment = assessment;
    this.officers = officers;
    this.pdf = pdf;
    this.jdbc = jdbc;
    this.objectMapper = objectMapper;
    this.urls = urls;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<byte[]> preview(String dossierCode, String leaderAccount) {
    Optional<Issued> issued = issued(dossierCode);
    if (issued.isPresent()) {
      return issued.map(Issued::pdf);
    }
    DossierView dossier = dossiers.get(dossierCode);
    return descriptorOf(dossier)
        .map(d -> render(d, data(dossier, d, leaderAccount, clock.instant())));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Issued> issued(String dossierCode) {
    return jdbc
        .query(
            "select title, pdf_base64, sha256, approved_by, approved_at from result_issue"
                + " where dossier_code = ?",
            (rs, i) ->
                new Issued(
                    rs.getString(1),
                    rs.getString(2) == null
                        ? stored(rs.getString(3))
                        : Base64.getDecoder().decode(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()),
            dossierCode)
        .stream()
        .findFirst();
  }

  /** The leader approved: the result is rendered once more from today's data and frozen. */
  @EventListener
  void on(DossierStatusChanged change) {
    if (change.to() != DossierStatus.RESULT_READY || issued(change.dossierCode()).isPresent()) {
      // once frozen, the result stays: a dossier is ready again after its fee is paid (the
      // system's change), and that must not re-render what the leader approved
      return;
    }
    DossierView dossier = dossiers.get(change.dossierCode());
    Optional<ProcedureDescriptor> descriptor = descriptorOf(dossier);
    if (descriptor.isEmpty()) {
      return;
    }
    String leader =
        dossier.timeline().stream()
            .filter(t -> change.changeId().equals(t.changeId()))
            .map(DossierView.TimelineEntry::actor)
            .findFirst()
            .orElseGet(
                () ->
                    dossier.timeline().stream()
                        .filter(t -> t.status() == DossierStatus.RESULT_READY)
                        .reduce((a, b) -> b)
                        .map(DossierView.TimelineEntry::actor)
                        .orElse(""));
    Instant at = change.at() == null ? clock.instant() : change.at();
    Map<String, String> data = data(dossier, descriptor.get(), leader, at);
    byte[] rendered = render(descriptor.get(), data);
    jdbc.update(
        "insert into result_issue (dossier_code, procedure_version_id, title, approved_by,"
            + " approved_at, data, pdf_base64, sha256) values (?, ?, ?, ?, ?, ?, ?, ?)",
        dossier.code(),
        dossier.procedureVersionId(),
        descriptor.get().result().title(),
        leader == null ? "" : leader,
        Timestamp.from(at),
        json(data),
        null,
        documents.keep(rendered));
    log.info(
        "Dossier {}: result '{}' frozen at approval by {}",
        dossier.code(),
        descriptor.get().result().title(),
        leader);
  }

  private byte[] stored(String sha256) {
    try (InputStream in = documents.openContent(sha256)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the frozen result " + sha256, e);
    }
  }

  /** The descriptor of the dossier's version, when it names a result template. */
  private Optional<ProcedureDescriptor> descriptorOf(DossierView dossier) {
    return catalog
        .version(dossier.procedureVersionId())
        .map(Procedure::descriptor)
        .filter(d -> d.result() != null && d.result().html() != null && !dossier.isGroup());
  }

  private Map<String, String> data(
      DossierView dossier, ProcedureDescriptor descriptor, String leader, Instant at) {
    return ResultData.of(
        new ResultData.Facts(
            dossier,
            descriptor,
            catalog.version(dossier.procedureVersionId()).map(Procedure::startForm).orElse(null),
            agencyName(dossier.resolvingAgency()),
            agencyName(dossier.receivingUnit()),
            descriptor.result().values().isEmpty()
                ? Map.of()
                : assessment.of(dossier.code(), descriptor.result().values()),
            leader == null || leader.isBlank() ? "" : officers.nameOf(leader),
            at,
            urls.lookupPage(dossier.code())));
  }

  private byte[] render(ProcedureDescriptor descriptor, Map<String, String> data) {
    return pdf.layOut(
        ResultTemplates.document(descriptor.result().html(), data),
        "the result template " + descriptor.result().template());
  }

  private String agencyName(String id) {
    return id == null ? "" : agencies.find(id).map(Agency::name).orElse(id);
  }

  private String json(Map<String, String> data) {
    try {
      return objectMapper.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
