package vn.motcua.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.document.Upload;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.dossier.SubmissionResult;
import vn.motcua.paper.SlipKind;
import vn.motcua.paper.Slips;
import vn.motcua.shared.OfficerAuthorities;

/**
 * The counter (quầy tiếp nhận): a one-stop officer receives a walk-in dossier (channel 1) on one
 * page: the applicant, the declaration generated from the procedure's Camunda Form (the portal's
 * fragments), the scanned documents, how the result is returned. The dossier goes through the same
 * submission as the portal's (same checks, code, counter fee, appointment, process) and is received
 * at once by the officer ({@link Dossiers#receiveAtCounter}); the receipt slip 01 then prints from
 * the browser. An applicant whose citizen ID has a portal account gets the dossier in "Hồ sơ của
 * tôi"; one without is recorded under {@link #WALK_IN_ACCOUNT}, as the national portal's dossiers
 * are under theirs. A page with errors keeps everything typed, and the files already sent (in the
 * session), so nothing is asked twice.
 */
@Controller
@RequestMapping("/quay")
class CounterPages {

  /**
   * The account walk-in dossiers of applicants without a portal account, and their scans, are kept
   * under: nobody signs in with it (it is not a citizen ID).
   */
  static final String WALK_IN_ACCOUNT = "counter-walk-in";

  /** The level a counter intake is received at: documents on paper, scanned at the desk. */
  static final int COUNTER_LEVEL = 3;

  static final String FILE_PREFIX = "doc-";

  /**
   * The applicant's inputs are prefixed: a declaration may have fields of the same keys (citizenId,
   * phone).
   */
  static final String APPLICANT = "applicant-";

  private static final String DRAFT = "motcua.counter.";
  private static final Pattern CITIZEN_ID = Pattern.compile("^[0-9]{12}$");
  private static final Pattern PHONE = Pattern.compile("^0[35789][0-9]{8}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final ProcedureCatalog catalog;
  private final Agencies agencies;
  private final Applicants applicants;
  private final Dossiers dossiers;
  private final Slips slips;
  private final MessageSource messages;
  private final ObjectMapper mapper;
  private final Clock clock;

  CounterPages(
      ProcedureCatalog catalog,
      Agencies agencies,
      Applicants applicants,
      Dossiers dossiers,
      Slips slips,
      MessageSource messages,
      ObjectMapper mapper,
      Clock clock) {
    this.catalog = catalog;
    this.agencies = agencies;
    this.applicants = applicants;
    this.dossiers = dossiers;
    this.slips = slips;
    this.messages = messages;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** A scanned file already received with a page that had errors. */
  record KeptFile(String fileName, String contentType, byte[] bytes) implements Serializable {}

  /** A counter intake in progress, per procedure. */
  static final class Draft implements Serializable {
    final String idempotencyKey = UUID.randomUUID().toString();
    final Map<String, KeptFile> files = new LinkedHashMap<>();
  }

  /** What the officer typed about the applicant and the dossier, outside the declaration. */
  record Intake(
      String citizenId,
      String fullName,
      String phone,
      String email,
      String address,
      String receivingUnit,
      String resolvingAgency,
      String deliveryMethod,
      String deliveryAddress) {

    static Intake empty(String receivingUnit, String resolvingAgency) {
      return new Intake("", "", "", "", "", receivingUnit, resolvingAgency, "COUNTER", "");
    }
  }

  @GetMapping("/dang-nhap")
  String login() {
    return "counter/login";
  }

  /** The procedures a desk receives at level 3, in force today. */
  @GetMapping
  String procedures(Authentication officer, Model model) {
    model.addAttribute(
        "procedures",
        catalog.search(ProcedureQuery.all()).stream()
            .filter(p -> p.descriptor().levels().contains(COUNTER_LEVEL))
            .toList());
    return page(officer, model, "counter/procedures");
  }

  @GetMapping("/{code}")
  String form(@PathVariable String code, Authentication officer, HttpSession session, Model model) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, code);
    String desk = desks(officer).first();
    String resolving =
        procedure.descriptor().resolvingAgency() != null
            ? procedure.descriptor().resolvingAgency()
            : catalog.resolvingAgencies(procedure.descriptor()).stream()
                .map(Agency::id)
                .filter(desk::equals)
                .findFirst()
                .orElse(null);
    return formPage(
        procedure, officer, draft, Intake.empty(desk, resolving), Map.of(), Map.of(), model);
  }

  @PostMapping(value = "/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String receive(
      @PathVariable String code,
      MultipartHttpServletRequest request,
      Authentication officer,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    Procedure procedure = procedure(code);
    ProcedureDescriptor d = procedure.descriptor();
    Draft draft = draft(session, code);
    MultiValueMap<String, String> posted =
        request.getParameterMap().entrySet().stream()
            .collect(
                org.springframework.util.LinkedMultiValueMap::new,
                (m, e) -> m.put(e.getKey(), List.of(e.getValue())),
                Map::putAll);
    Intake intake =
        new Intake(
            text(posted, APPLICANT + "citizenId"),
            text(posted, APPLICANT + "fullName"),
            text(posted, APPLICANT + "phone"),
            text(posted, APPLICANT + "email"),
            text(posted, APPLICANT + "address"),
            text(posted, "receivingUnit"),
            d.resolvingAgency() != null ? d.resolvingAgency() : text(posted, "resolvingAgency"),
            text(posted, "deliveryMethod"),
            text(posted, "deliveryAddress"));
    Map<String, Object> formData = GeneratedForm.read(procedure.startForm(), posted);
    for (ProcedureDescriptor.RequiredDocument doc : d.documents()) {
      MultipartFile file = request.getFile(FILE_PREFIX + doc.code());
      if (file != null && !file.isEmpty()) {
        draft.files.put(
            doc.code(),
            new KeptFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
      }
    }

    // the applicant: typed here, checked here (the account is found by the citizen ID)
    Map<String, String> applicantErrors = new LinkedHashMap<>();
    check(applicantErrors, "citizenId", intake.citizenId(), true, CITIZEN_ID, locale);
    check(applicantErrors, "fullName", intake.fullName(), true, null, locale);
    check(applicantErrors, "phone", intake.phone(), false, PHONE, locale);
    check(applicantErrors, "email", intake.email(), false, EMAIL, locale);
    check(applicantErrors, "address", intake.address(), true, null, locale);
    Set<String> desks = desks(officer);
    if (!desks.contains(intake.receivingUnit())) {
      applicantErrors.put(
          "receivingUnit",
          messages.getMessage(
              "counter.notYourDesk",
              new Object[] {messages.getMessage("counter.field.receivingUnit", null, locale)},
              locale));
    }
    Optional<ApplicantProfile> account =
        applicantErrors.containsKey(APPLICANT + "citizenId")
            ? Optional.empty()
            : applicants.findByCitizenId(intake.citizenId());
    SubmissionCommand command = command(procedure, intake, account, formData, draft);

    // every problem at once: the applicant's, and what the submission itself would refuse
    List<FieldError> problems = dossiers.problems(command);
    if (!applicantErrors.isEmpty() || !problems.isEmpty()) {
      response.setStatus(422);
      return formPage(
          procedure,
          officer,
          draft,
          intake,
          formData,
          shown(problems, d, applicantErrors, locale),
          model);
    }
    try {
      SubmissionResult result = dossiers.receiveAtCounter(command, officer.getName());
      session.removeAttribute(DRAFT + code);
      return "redirect:/quay/ho-so/" + result.dossier().code();
    } catch (InvalidSubmissionException e) {
      response.setStatus(e.httpStatus());
      return formPage(
          procedure,
          officer,
          draft,
          intake,
          formData,
          shown(e.errors(), d, Map.of(), locale),
          model);
    }
  }

  /** The dossier just received: its code, appointment, fee, and the receipt to print. */
  @GetMapping("/ho-so/{code}")
  String received(@PathVariable String code, Authentication officer, Model model) {
    DossierView dossier = atDesk(officer, code);
    model.addAttribute("d", dossier);
    model.addAttribute(
        "linked",
        WALK_IN_ACCOUNT.equals(dossier.applicantAccount()) ? null : dossier.applicantAccount());
    model.addAttribute(
        "desk",
        agencies.find(dossier.receivingUnit()).map(Agency::name).orElse(dossier.receivingUnit()));
    return page(officer, model, "counter/received");
  }

  /** Slip 01 of a dossier received at the officer's desk, inline (printed from the browser). */
  @GetMapping("/ho-so/{code}/giay-tiep-nhan.pdf")
  ResponseEntity<byte[]> receipt(@PathVariable String code, Authentication officer) {
    atDesk(officer, code);
    Slips.Slip slip =
        slips
            .issued(code, SlipKind.RECEIPT)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(slip.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_PDF)
        .body(slip.pdf());
  }

  private SubmissionCommand command(
      Procedure procedure,
      Intake intake,
      Optional<ApplicantProfile> account,
      Map<String, Object> formData,
      Draft draft) {
    List<Upload> uploads = new ArrayList<>();
    List<ComponentRequest> components = new ArrayList<>();
    draft.files.forEach(
        (requirement, file) -> {
          uploads.add(
              new Upload(
                  FILE_PREFIX + requirement, file.fileName(), file.contentType(), file.bytes()));
          components.add(new ComponentRequest(requirement, FILE_PREFIX + requirement, null, null));
        });
    DeliveryMethod delivery;
    try {
      delivery =
          intake.deliveryMethod() == null ? null : DeliveryMethod.valueOf(intake.deliveryMethod());
    } catch (IllegalArgumentException e) {
      delivery = null;
    }
    return new SubmissionCommand(
        new ApplicantSnapshot(
            account.map(ApplicantProfile::username).orElse(WALK_IN_ACCOUNT),
            intake.fullName(),
            intake.citizenId(),
            intake.phone(),
            intake.email(),
            intake.address()),
        procedure.code(),
        COUNTER_LEVEL,
        intake.resolvingAgency(),
        intake.receivingUnit(),
        delivery,
        delivery == DeliveryMethod.POST ? intake.deliveryAddress() : null,
        new LinkedHashMap<>(formData),
        components,
        uploads,
        draft.idempotencyKey,
        null,
        Channel.COUNTER,
        null);
  }

  /**
   * The submission's problems as the page shows them: a document's under its file input, the rest
   * under their field; the applicant's first.
   */
  private Map<String, String> shown(
      List<FieldError> problems,
      ProcedureDescriptor d,
      Map<String, String> applicantErrors,
      Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>(applicantErrors);
    Set<String> documentCodes = new TreeSet<>();
    d.documents().forEach(doc -> documentCodes.add(doc.code()));
    FormErrors.of(problems, messages, locale, null)
        .forEach(
            (field, message) ->
                errors.putIfAbsent(
                    documentCodes.contains(field) ? FILE_PREFIX + field : field, message));
    return errors;
  }

  private String formPage(
      Procedure procedure,
      Authentication officer,
      Draft draft,
      Intake intake,
      Map<String, Object> formData,
      Map<String, String> errors,
      Model model) {
    ProcedureDescriptor d = procedure.descriptor();
    // the declaration's own errors beside its fields (GeneratedForm), every error in the summary
    Map<String, String> declarationErrors = new LinkedHashMap<>();
    Map<String, String> summary = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          if (procedure.startForm().field(field).isPresent()) {
            declarationErrors.put(field, message);
            summary.put("f-" + field, message);
          } else {
            summary.put(field, message);
          }
        });
    model.addAttribute("procedure", d);
    model.addAttribute("intake", intake);
    model.addAttribute("errors", summary);
    model.addAttribute(
        "nodes",
        GeneratedForm.build(procedure.startForm().json(), formData, declarationErrors, mapper));
    model.addAttribute(
        "desks",
        desks(officer).stream()
            .map(id -> agencies.find(id).orElse(null))
            .filter(a -> a != null)
            .toList());
    model.addAttribute(
        "resolvingAgencies",
        d.resolvingAgency() == null ? catalog.resolvingAgencies(d) : List.of());
    model.addAttribute(
        "documents", d.documents().stream().filter(doc -> !doc.lookupInsteadOfUpload()).toList());
    Map<String, String> kept = new LinkedHashMap<>();
    draft.files.forEach((k, f) -> kept.put(k, f.fileName()));
    model.addAttribute("kept", kept);
    return page(officer, model, "counter/intake");
  }

  private String page(Authentication officer, Model model, String view) {
    model.addAttribute("officer", officer.getName());
    return view;
  }

  private void check(
      Map<String, String> errors,
      String field,
      String value,
      boolean required,
      Pattern pattern,
      Locale locale) {
    String label = messages.getMessage("counter.field." + field, null, locale);
    field = APPLICANT + field;
    if (value == null) {
      if (required) {
        errors.put(field, messages.getMessage("form.required", new Object[] {label}, locale));
      }
    } else if (pattern != null && !pattern.matcher(value).matches()) {
      errors.put(field, messages.getMessage("form.pattern", new Object[] {label}, locale));
    } else if (value.length() > 200) {
      errors.put(field, messages.getMessage("form.pattern", new Object[] {label}, locale));
    }
  }

  /** A dossier received at one of the officer's desks; another desk's: 403. */
  private DossierView atDesk(Authentication officer, String code) {
    DossierView dossier = dossiers.get(code);
    if (!desks(officer).contains(dossier.receivingUnit())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return dossier;
  }

  private static TreeSet<String> desks(Authentication officer) {
    return new TreeSet<>(OfficerAuthorities.desks(officer.getAuthorities()));
  }

  private Procedure procedure(String code) {
    return catalog
        .current(code, LocalDate.now(clock))
        .filter(p -> p.descriptor().levels().contains(COUNTER_LEVEL))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Draft draft(HttpSession session, String code) {
    Draft draft = (Draft) session.getAttribute(DRAFT + code);
    if (draft == null) {
      draft = new Draft();
      session.setAttribute(DRAFT + code, draft);
    }
    return draft;
  }

  private static String text(MultiValueMap<String, String> posted, String name) {
    String value = posted.getFirst(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
