package vn.motcua.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.catalog.ProcedureQuery;

/**
 * The public catalogue as a citizen browses it: by level of government and by field, or by words
 * (with or without accents), and a procedure's page with its documents, fee, time limit, agency and
 * levels. Plain GET forms: nothing needs JavaScript.
 */
@Controller
class CatalogPages {

  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final Clock clock;

  CatalogPages(ProcedureCatalog catalog, Agencies agencies, Clock clock) {
    this.catalog = catalog;
    this.agencies = agencies;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("levels", agencies.levels());
    model.addAttribute("fields", fields(catalog.search(ProcedureQuery.all())));
    return "portal/home";
  }

  /**
   * The catalogue, filtered by {@code q}, {@code level} and {@code field} (the Vietnamese names the
   * filters had before are read as these: {@link QueryParameters}).
   */
  @GetMapping("/thu-tuc")
  String list(
      @RequestParam(name = "q", required = false) String words,
      @RequestParam(name = QueryParameters.LEVEL, required = false) String level,
      @RequestParam(name = QueryParameters.FIELD, required = false) String field,
      Model model) {
    List<Procedure> found =
        catalog.search(new ProcedureQuery(blank(level), null, blank(field), blank(words)));
    model.addAttribute("procedures", found);
    model.addAttribute("q", words == null ? "" : words);
    model.addAttribute("level", blank(level));
    model.addAttribute("field", blank(field));
    model.addAttribute("levels", agencies.levels());
    model.addAttribute("fields", fields(catalog.search(ProcedureQuery.all())));
    return "portal/procedures";
  }

  @GetMapping("/thu-tuc/{code}")
  String procedure(@PathVariable String code, Model model) {
    LocalDate today = LocalDate.now(clock);
    Procedure procedure =
        catalog
            .current(code, today)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ProcedureDescriptor d = procedure.descriptor();
    model.addAttribute("p", d);
    model.addAttribute("version", procedure.version());
    // a version deployed ahead of its date: announced until it comes into force
    model.addAttribute(
        "upcomingFrom",
        catalog.upcoming(code, today).map(next -> next.descriptor().validFrom()).orElse(null));
    model.addAttribute("agencies", catalog.resolvingAgencies(d));
    model.addAttribute(
        "receivingUnit",
        d.defaultReceivingUnit() == null
            ? null
            : agencies.find(d.defaultReceivingUnit()).orElse(null));
    model.addAttribute(
        "levelName",
        agencies.levels().stream()
            .filter(l -> l.code().equals(d.agencyLevel()))
            .findFirst()
            .map(l -> l.name())
            .orElse(null));
    return "portal/procedure";
  }

  /** The fields the procedures in force belong to, by name. */
  private static Map<String, String> fields(List<Procedure> procedures) {
    Map<String, String> fields = new LinkedHashMap<>();
    procedures.stream()
        .map(p -> p.descriptor().field())
        .sorted(Comparator.comparing(ProcedureDescriptor.FieldRef::name))
        .forEach(f -> fields.putIfAbsent(f.code(), f.name()));
    return fields;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
