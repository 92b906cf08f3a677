package vn.motcua.paper.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.dossier.DossierDeadlines;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.DossierView.TimelineEntry;
import vn.motcua.dossier.Dossiers;
import vn.motcua.paper.OfficerNames;
import vn.motcua.paper.SlipKind;
import vn.motcua.paper.Slips;
import vn.motcua.shared.PublicUrls;
import vn.motcua.shared.VietnameseFormats;
import vn.motcua.shared.VietnameseTexts;

/**
 * The slips of a dossier from its record: who issues each (the receiving unit's one-stop desk for
 * 01, 02, 03 and 06, the resolving agency for 04 and 05), the timeline entry of its step, and what
 * the template shows. The facts of each template are listed in docs/slips.md.
 */
@Component
class SlipService implements Slips {

  private final Dossiers dossiers;
  private final Agencies agencies;
  private final ProcedureCatalog catalog;
  private final PublicUrls urls;
  private final OfficerNames officers;
  private final Clock clock;
  private final SlipPdf pdf;
  private final DossierDeadlines deadlines;

  SlipService(
      Dossiers dossiers,
      Agencies agencies,
      ProcedureCatalog catalog,
      PublicUrls urls,
      OfficerNames officers,
      Clock clock,
      SlipPdf pdf,
      DossierDeadlines deadlines) {
    this.deadlines = deadlines;
    this.dossiers = dossiers;
    this.agencies = agencies;
    this.catalog = catalog;
    this.urls = urls;
    this.officers = officers;
    this.clock = clock;
    this.pdf = pdf;
  }

  /** The heading's two lines: the agency above the issuer (none for a root), and the issuer. */
  record Heading(String above, String issuer) {}

  /** A row of the process-control slip: one timeline entry. */
  record ControlRow(int number, String at, String step, String agency, String actor, String note) {}

  /** A document of the dossier as the receipt lists it. */
  record ComponentRow(int number, String name, String source) {}

  @Override
  public Optional<Slip> issued(String dossierCode, SlipKind kind) {
    DossierView dossier = dossiers.get(dossierCode);
    if (kind == SlipKind.PROCESS_CONTROL) {
      return Optional.of(processControl(dossier));
    }
    if (kind == SlipKind.APOLOGY) {
      return deadlines.latestApology(dossierCode).map(a -> apology(dossier, a));
    }
    return kind.issuedAt()
        .flatMap(status -> latestChangeTo(dossier, status))
        .map(entry -> render(dossier, kind, entry));
  }

  @Override
  public Optional<Slip> issuedBy(String dossierCode, String changeId) {
    DossierView dossier = dossiers.get(dossierCode);
    Optional<DossierDeadlines.Apology> apology = deadlines.apology(dossierCode, changeId);
    if (apology.isPresent()) {
      return Optional.of(apology(dossier, apology.get()));
    }
    List<TimelineEntry> timeline = dossier.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEntry entry = timeline.get(i);
      if (entry.changeId() != null
          && entry.changeId().toString().equals(changeId)
          && isChange(timeline, i)) {
        return SlipKind.issuedBy(entry.status()).map(kind -> render(dossier, kind, entry));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<SlipKind> issuedToApplicant(DossierView dossier) {
    List<SlipKind> kinds = new ArrayList<>();
    for (SlipKind kind : SlipKind.values()) {
      if (kind.issuedAt().flatMap(status -> latestChangeTo(dossier, status)).isPresent()
          || (kind == SlipKind.APOLOGY && deadlines.latestApology(dossier.code()).isPresent())) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  @Override
  public Slip apology(String dossierCode, LocalDate newAppointment, String reason) {
    DossierView dossier = dossiers.get(dossierCode);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the apology needs the reason for the delay");
    }
    if (newAppointment == null
        || dossier.appointmentAt() == null
        || !newAppointment.isAfter(
            dossier.appointmentAt().atZone(VietnameseFormats.VIETNAM).toLocalDate())) {
      throw new IllegalArgumentException("the new appointment must come after the current one");
    }
    return apology(dossier, clock.instant(), dossier.appointmentAt(), newAppointment, reason);
  }

  @Override
  public Optional<Slip> apologyDraft(String dossierCode) {
    DossierView dossier = dossiers.get(dossierCode);
    return deadlines
        .pendingApology(dossierCode)
        .map(
            a ->
                apology(
                    dossier,
                    clock.instant(),
                    dossier.appointmentAt(),
                    a.newAppointment(),
                    a.reason()));
  }

  /** An approved apology as issued: on its day, with the appointment it replaced. */
  private Slip apology(DossierView dossier, DossierDeadlines.Apology a) {
    return apology(
        dossier, a.approvedAt(), a.previousAppointment(), a.newAppointment(), a.reason());
  }

  private Slip apology(
      DossierView dossier,
      Instant issuedOn,
      Instant previousAppointment,
      LocalDate newAppointment,
      String reason) {
    Map<String, Object> model =
        common(dossier, SlipKind.APOLOGY, heading(dossier.resolvingAgency()));
    model.put("issuedOn", VietnameseFormats.date(issuedOn));
    if (previousAppointment != null) {
      model.put("appointment", VietnameseFormats.dateTime(previousAppointment));
      model.put("appointmentDay", VietnameseFormats.date(previousAppointment));
    }
    model.put("newAppointment", VietnameseFormats.day(newAppointment));
    model.put("reason", reason.strip());
    return slip(dossier, SlipKind.APOLOGY, model);
  }

  private Slip render(DossierView dossier, SlipKind kind, TimelineEntry entry) {
    String issuer =
        kind == SlipKind.STOP_NOTICE ? dossier.resolvingAgency() : dossier.receivingUnit();
    Map<String, Object> model =
        common(dossier, kind, kind == SlipKind.STOP_NOTICE ? heading(issuer) : deskHeading(issuer));
    model.put("issuedOn", VietnameseFormats.date(entry.at()));
    model.put("desk", desk(dossier.receivingUnit()));
    model.put("at", VietnameseFormats.dateTime(entry.at()));
    model.put("officer", officers.nameOf(entry.actor()));
    model.put("reason", reason(entry.note()));
    if (kind == SlipKind.RECEIPT) {
      List<ComponentRow> rows = new ArrayList<>();
      for (DossierView.Component c : dossier.components()) {
        rows.add(
            new ComponentRow(
                rows.size() + 1,
                c.name(),
                VietnameseTexts.text("slip.source." + c.source().name())));
      }
      model.put("components", rows);
    }
    return slip(dossier, kind, model);
  }

  private Slip processControl(DossierView dossier) {
    Map<String, Object> model =
        common(dossier, SlipKind.PROCESS_CONTROL, deskHeading(dossier.receivingUnit()));
    Instant now = clock.instant();
    model.put("issuedOn", VietnameseFormats.date(now));
    List<ControlRow> rows = new ArrayList<>();
    for (TimelineEntry entry : dossier.timeline()) {
      rows.add(
          new ControlRow(
              rows.size() + 1,
              VietnameseFormats.dateAndTime(entry.at()),
              entry.status() == null ? "" : entry.status().label(),
              agencyName(agencyOf(dossier, entry)),
              "OFFICER".equals(entry.actorKind())
                  ? officers.nameOf(entry.actor())
                  : VietnameseTexts.text("slip.actor." + actorKind(entry)),
              entry.note() == null ? "" : entry.note()));
    }
    model.put("rows", rows);
    model.put("outcome", VietnameseTexts.text("slip.06.outcome." + outcome(dossier, now)));
    return slip(dossier, SlipKind.PROCESS_CONTROL, model);
  }

  /**
   * Before, on or after the appointment: for a closed dossier its completion, for an open one
   * whether the appointment has passed.
   */
  private static String outcome(DossierView dossier, Instant now) {
    if (dossier.appointmentAt() == null) {
      return "none";
    }
    Instant done = dossier.completedAt();
    if (done == null) {
      return now.isAfter(dossier.appointmentAt()) ? "openLate" : "open";
    }
    LocalDate day = done.atZone(VietnameseFormats.VIETNAM).toLocalDate();
    LocalDate due = dossier.appointmentAt().atZone(VietnameseFormats.VIETNAM).toLocalDate();
    return done.isAfter(dossier.appointmentAt()) ? "late" : day.isBefore(due) ? "early" : "onTime";
  }

  /**
   * Which agency an entry's step belongs to: the applicant's own steps to none, reception and
   * hand-over to the receiving unit, the rest to the resolving agency.
   */
  private static String agencyOf(DossierView dossier, TimelineEntry entry) {
    if ("APPLICANT".equals(entry.actorKind()) || entry.status() == null) {
      return null;
    }
    return switch (entry.status()) {
      case SUBMITTED, SUPPLEMENTED, WITHDRAWN -> null;
      case RECEIVED, SUPPLEMENT_REQUESTED, REFUSED, AWAITING_PAYMENT, DISPATCHED, DELIVERED ->
          dossier.receivingUnit();
      default -> dossier.resolvingAgency();
    };
  }

  private static String actorKind(TimelineEntry entry) {
    return entry.actorKind() == null ? "SYSTEM" : entry.actorKind();
  }

  private Map<String, Object> common(DossierView dossier, SlipKind kind, Heading heading) {
    Map<String, Object> model = new HashMap<>();
    String lookup = urls.lookupPage(dossier.code());
    model.put("kind", kind);
    model.put("title", VietnameseTexts.text(kind.titleKey()));
    model.put("heading", heading);
    model.put("d", dossier);
    model.put("channel", dossier.channel().label());
    model.put("delivery", dossier.deliveryMethod().label());
    model.put(
        "receivedAt",
        dossier.receivedAt() == null ? "" : VietnameseFormats.dateTime(dossier.receivedAt()));
    model.put(
        "appointment",
        dossier.appointmentAt() == null ? "" : VietnameseFormats.dateTime(dossier.appointmentAt()));
    model.put(
        "appointmentDay",
        dossier.appointmentAt() == null ? "" : VietnameseFormats.date(dossier.appointmentAt()));
    model.put("submittedAt", VietnameseFormats.dateTime(dossier.submittedAt()));
    model.put("fee", dossier.feeAmount() > 0 ? VietnameseFormats.vnd(dossier.feeAmount()) : "");
    model.put("receivingUnit", agencyName(dossier.receivingUnit()));
    model.put("resolvingAgency", agencyName(dossier.resolvingAgency()));
    model.put(
        "timeLimit",
        catalog
            .version(dossier.procedureVersionId())
            .map(p -> p.descriptor().timeLimit())
            .map(
                t ->
                    t.description() != null && !t.description().isBlank()
                        ? t.description()
                        : VietnameseTexts.text(
                            "slip.timeLimit.days", String.valueOf(t.workingDays())))
            .orElse(""));
    model.put("lookupUrl", lookup);
    model.put("qr", SlipPdf.qrDataUri(lookup));
    return model;
  }

  private Slip slip(DossierView dossier, SlipKind kind, Map<String, Object> model) {
    return new Slip(kind, kind.fileName(dossier.code()), pdf.pdf("slip-" + kind.number(), model));
  }

  /** A one-stop desk's slip: the unit above, its desk below (Bộ phận Một cửa). */
  private Heading deskHeading(String unitId) {
    Optional<Agency> unit = agencies.find(unitId);
    if (unit.isPresent() && Agency.SERVICE_CENTRE.equals(unit.get().kind())) {
      return heading(unitId);
    }
    return new Heading(
        unit.map(Agency::name).orElse(unitId), VietnameseTexts.text("slip.heading.desk"));
  }

  /**
   * Who received, as the slips' sentences name it: a service centre by its name, another unit's
   * desk as "Bộ phận Một cửa (UBND xã …)".
   */
  private String desk(String unitId) {
    Optional<Agency> unit = agencies.find(unitId);
    if (unit.isPresent() && Agency.SERVICE_CENTRE.equals(unit.get().kind())) {
      return unit.get().name();
    }
    return VietnameseTexts.text("slip.desk", unit.map(Agency::name).orElse(unitId));
  }

  /** An agency's slip: the agency above it (its parent), the agency below. */
  private Heading heading(String agencyId) {
    Optional<Agency> agency = agencies.find(agencyId);
    String above =
        agency.map(Agency::parentId).flatMap(agencies::find).map(Agency::name).orElse("");
    return new Heading(above, agency.map(Agency::name).orElse(agencyId));
  }

  private String agencyName(String id) {
    return id == null ? "" : agencies.find(id).map(Agency::name).orElse(id);
  }

  /**
   * The latest entry that moved the dossier to {@code status} (not a note written while it stood
   * there).
   */
  static Optional<TimelineEntry> latestChangeTo(DossierView dossier, DossierStatus status) {
    List<TimelineEntry> timeline = dossier.timeline();
    for (int i = timeline.size() - 1; i >= 0; i--) {
      if (timeline.get(i).status() == status && isChange(timeline, i)) {
        return Optional.of(timeline.get(i));
      }
    }
    return Optional.empty();
  }

  private static boolean isChange(List<TimelineEntry> timeline, int i) {
    return i == 0 || timeline.get(i - 1).status() != timeline.get(i).status();
  }

  /**
   * The officer's own words in a decision's note ({@code "Yêu cầu bổ sung hồ sơ: <reason>"}): what
   * follows the first colon, or the whole note.
   */
  static String reason(String note) {
    if (note == null) {
      return "";
    }
    int colon = note.indexOf(": ");
    return colon < 0 ? note : note.substring(colon + 2).strip();
  }
}
