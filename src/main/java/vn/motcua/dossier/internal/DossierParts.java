package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.LookupView;
import vn.motcua.dossier.PartStatus;
import vn.motcua.shared.VietnameseTexts;

/**
 * The parts of an interlinked group's dossier (docs/interlinked.md): made at submission, each with
 * the agency of its kind that serves the dossier's commune; the first started when reception
 * accepts, each due by its share of the group's working days; their results kept as named values.
 */
@Component
class DossierParts {

  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final DossierClock clock;
  private final DossierViews views;

  DossierParts(
      ProcedureCatalog catalog, Agencies agencies, DossierClock clock, DossierViews views) {
    this.catalog = catalog;
    this.agencies = agencies;
    this.clock = clock;
    this.views = views;
  }

  /**
   * Adds the group's parts to a new dossier and answers the process's start variables naming each
   * part's agency ({@code birthAgency} = {@code lamthanh}); nothing for a procedure of one agency.
   *
   * @throws InvalidSubmissionException when no agency of a part's kind serves the commune
   */
  Map<String, Object> create(DossierEntity dossier, Procedure procedure, Agency resolving) {
    Map<String, Object> variables = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    int position = 0;
    for (ProcedureDescriptor.Part part : procedure.descriptor().parts()) {
      Optional<Agency> agency = agencies.serving(resolving.id(), part.agencyKind());
      String name =
          catalog.current(part.procedure(), clock.today()).map(Procedure::name).orElse(part.key());
      if (agency.isEmpty()) {
        errors.add(
            FieldError.of(
                "resolvingAgency",
                VietnameseTexts.text("label.resolvingAgency"),
                "submission.noAgencyForPart",
                name,
                resolving.name()));
        continue;
      }
      variables.put(part.agencyVariable(), agency.get().id());
      dossier.addPart(
          new DossierPartEntity(
              position++,
              part.key(),
              part.procedure(),
              name,
              agency.get().id(),
              part.workingDays(),
              clock.now()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    return variables;
  }

  /** Reception accepted: each part gets its due date, and the first one starts. */
  void start(DossierEntity dossier, TimeLimit group) {
    int days = 0;
    for (DossierPartEntity part : dossier.parts()) {
      days += part.workingDays();
      part.schedule(clock.partDue(dossier, group, days));
    }
    if (dossier.parts().stream().allMatch(p -> p.status() == PartStatus.WAITING)) {
      dossier.parts().stream()
          .findFirst()
          .ifPresent(p -> p.moveTo(PartStatus.IN_PROGRESS, null, clock.now()));
    }
  }

  /**
   * A verification lengthened the group's limit by {@code extraDays}: the parts not yet finished
   * get that much more, counted as at reception, and never after the new appointment.
   */
  void reschedule(DossierEntity dossier, TimeLimit group, int extraDays) {
    int days = 0;
    for (DossierPartEntity part : dossier.parts()) {
      days += part.workingDays();
      if (part.status().isOpen()) {
        part.schedule(clock.partDue(dossier, group, days + extraDays));
      }
    }
  }

  /** The dossier ended otherwise (withdrawn, refused, stopped): its open parts are cancelled. */
  void cancelOpen(DossierEntity dossier, String reason) {
    dossier.parts().stream()
        .filter(p -> p.status().isOpen())
        .forEach(p -> p.moveTo(PartStatus.CANCELLED, reason, clock.now()));
  }

  Optional<DossierPartEntity> part(DossierEntity dossier, String key) {
    return dossier.parts().stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /** The values the parts before {@code part} produced, by field. */
  Map<String, Object> earlierResults(DossierEntity dossier, DossierPartEntity part) {
    Map<String, Object> values = new LinkedHashMap<>();
    dossier.parts().stream()
        .filter(p -> p.position() < part.position() && p.result() != null)
        .forEach(p -> values.putAll(views.readMap(p.result())));
    return values;
  }

  List<LookupView.Part> lookupViews(DossierEntity dossier) {
    return dossier.parts().stream()
        .map(
            p ->
                new LookupView.Part(
                    p.name(), views.agencyName(p.agencyId()), p.status(), p.dueAt()))
        .toList();
  }
}
