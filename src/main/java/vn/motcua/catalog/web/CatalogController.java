package vn.motcua.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyTree;
import vn.motcua.catalog.FeeSchedule;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.catalog.ProcedureQuery;

/** The public catalogue: procedures, agencies and levels. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Public catalogue of procedures and agencies")
class CatalogController {

  record ProcedureSummary(
      String code,
      String name,
      ProcedureDescriptor.FieldRef field,
      String agencyLevel,
      String resolvingAgency,
      List<Integer> levels,
      ProcedureDescriptor.TimeLimitSpec timeLimit,
      long baseFee,
      String feeDescription,
      int version,
      Upcoming upcoming) {}

  /**
   * The version deployed to come into force next, on {@code validFrom}; the catalogue shows it
   * beside the one in force until then.
   */
  record Upcoming(int version, LocalDate validFrom) {

    static Upcoming of(Procedure next) {
      return new Upcoming(next.version(), next.descriptor().validFrom());
    }
  }

  record ProcedureDetail(
      String code,
      String name,
      ProcedureDescriptor.FieldRef field,
      String agencyLevel,
      List<Agency> resolvingAgencies,
      String defaultReceivingUnit,
      List<Integer> levels,
      ProcedureDescriptor.TimeLimitSpec timeLimit,
      FeeSchedule fee,
      List<ProcedureDescriptor.RequiredDocument> documents,
      List<String> deliveryMethods,
      LocalDate validFrom,
      List<String> legalBasis,
      int version,
      JsonNode form,
      Upcoming upcoming,
      List<ProcedureDescriptor.Part> parts) {}

  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final ObjectMapper objectMapper;
  private final Clock clock;

  CatalogController(
      ProcedureCatalog catalog, Agencies agencies, ObjectMapper objectMapper, Clock clock) {
    this.catalog = catalog;
    this.agencies = agencies;
    this.objectMapper = objectMapper;
    this.clock = clock;
  }

  @GetMapping("/procedures")
  @Operation(
      summary = "Search procedures in force",
      description =
          "Filters by agency level, agency, field and words (accents optional). Each procedure is"
              + " the version in force today, with the next version when one is scheduled.")
  List<ProcedureSummary> procedures(
      @RequestParam(required = false) String agencyLevel,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String field,
      @RequestParam(name = "q", required = false) String text) {
    Map<String, Procedure> upcoming = catalog.upcoming(LocalDate.now(clock));
    return catalog
        .search(
            new ProcedureQuery(
                blankToNull(agencyLevel),
                blankToNull(agency),
                blankToNull(field),
                blankToNull(text)))
        .stream()
        .map(
            p ->
                summary(
                    p, Optional.ofNullable(upcoming.get(p.code())).map(Upcoming::of).orElse(null)))
        .toList();
  }

  @GetMapping("/procedures/{code}")
  @Operation(
      summary = "A procedure in force, with its declaration form and fee schedule",
      description =
          "The version in force today: of those whose validFrom has come, the latest validFrom"
              + " (the last deployed on a tie); upcoming is the next one scheduled, if any.")
  ResponseEntity<ProcedureDetail> procedure(@PathVariable String code) throws Exception {
    LocalDate today = LocalDate.now(clock);
    var found = catalog.current(code, today);
    if (found.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    Procedure p = found.get();
    ProcedureDescriptor d = p.descriptor();
    return ResponseEntity.ok(
        new ProcedureDetail(
            d.code(),
            d.name(),
            d.field(),
            d.agencyLevel(),
            catalog.resolvingAgencies(d),
            d.defaultReceivingUnit(),
            d.levels(),
            d.timeLimit(),
            d.fee(),
            d.documents(),
            d.deliveryMethods(),
            d.validFrom(),
            d.legalBasis(),
            p.version(),
            objectMapper.readTree(p.startForm().json()),
            upcoming(code, today),
            d.parts()));
  }

  @GetMapping("/agencies")
  @Operation(summary = "Agencies in force, parents first")
  List<Agency> agencies() {
    return agencies.all();
  }

  @GetMapping("/agency-levels")
  List<AgencyTree.Level> levels() {
    return agencies.levels();
  }

  private Upcoming upcoming(String code, LocalDate today) {
    return catalog.upcoming(code, today).map(Upcoming::of).orElse(null);
  }

  private static ProcedureSummary summary(Procedure p, Upcoming upcoming) {
    ProcedureDescriptor d = p.descriptor();
    return new ProcedureSummary(
        d.code(),
        d.name(),
        d.field(),
        d.agencyLevel(),
        d.resolvingAgency(),
        d.levels(),
        d.timeLimit(),
        d.fee().baseAmount(),
        d.fee().description(),
        p.version(),
        upcoming);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
