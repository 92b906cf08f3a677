package vn.motcua.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;
import vn.motcua.catalog.FieldError;
import vn.motcua.catalog.FormDefinition;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.document.DocumentRepository;
import vn.motcua.document.StoredDocument;
import vn.motcua.dossier.ApplicantSnapshot;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DeclarationSigning;
import vn.motcua.dossier.DeliveryMethod;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.SubmissionCommand;
import vn.motcua.dossier.SubmissionResult;
import vn.motcua.shared.CodeRejectedException;
import vn.motcua.shared.VietnameseFormats;

/**
 * Submitting a dossier, one step per page: the declaration (generated from the procedure's Camunda
 * Forms schema, the file Tasklist renders), the documents (uploaded, or chosen from the citizen's
 * repository), how to receive the result, a review, then the receipt. The draft lives in the
 * session: a step with errors, or a failed submission, keeps everything typed and uploaded (uploads
 * go into the citizen's repository at once). The draft's key is the submission's idempotency key,
 * so a double click or a resent form makes one dossier.
 */
@Controller
@RequestMapping("/nop-ho-so/{code}")
class SubmissionPages {

  private static final String DRAFT = "motcua.draft.";

  private final ProcedureCatalog catalog;
  private final Applicants applicants;
  private final Dossiers dossiers;
  private final DocumentRepository documents;
  private final MessageSource messages;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final DeclarationSigning signing;
  private final RateLimits limits;
  private final DocumentChoices choices;

  SubmissionPages(
      ProcedureCatalog catalog,
      Applicants applicants,
      Dossiers dossiers,
      DocumentRepository documents,
      MessageSource messages,
      ObjectMapper mapper,
      Clock clock,
      DeclarationSigning signing,
      RateLimits limits,
      DocumentChoices choices) {
    this.choices = choices;
    this.signing = signing;
    this.limits = limits;
    this.catalog = catalog;
    this.applicants = applicants;
    this.dossiers = dossiers;
    this.documents = documents;
    this.messages = messages;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** A submission in progress. */
  static final class Draft implements Serializable {
    final String idempotencyKey = UUID.randomUUID().toString();
    final Map<String, Object> formData = new LinkedHashMap<>();
    final Map<String, UUID> documents = new LinkedHashMap<>();
    boolean declared;
    Integer level;
    String resolvingAgency;
    DeliveryMethod deliveryMethod;
    String deliveryAddress;
    UUID signingRequest;

    /**
     * The confirmed signature, kept until the submission goes through (a retry must not ask for the
     * spent code again).
     */
    UUID signatureId;

    String signingSentTo;
    Instant signingExpires;

    // for the templates
    public Integer getLevel() {
      return level;
    }

    public String getResolvingAgency() {
      return resolvingAgency;
    }

    public DeliveryMethod getDeliveryMethod() {
      return deliveryMethod;
    }

    public String getSigningSentTo() {
      return signingSentTo;
    }

    public String getDeliveryAddress() {
      return deliveryAddress;
    }
  }

  @GetMapping
  String start(@PathVariable String code) {
    return "redirect:/nop-ho-so/" + code + "/to-khai";
  }

  @GetMapping("/to-khai")
  String declaration(
      @PathVariable String code,
      @RequestParam(name = QueryParameters.FROM_DOSSIER, required = false) String fromDossier,
      Principal principal,
      HttpSession session,
      Model model) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    if (fromDossier != null) {
      // the citizen asked for it: the answers of one of their own earlier dossiers of this
      // procedure
      DossierView earlier = dossiers.getOwned(principal.getName(), fromDossier);
      if (earlier.procedureCode().equals(code)) {
        earlier
            .formData()
            .forEach(
                (k, v) -> procedure.startForm().field(k).ifPresent(f -> draft.formData.put(k, v)));
      }
    } else if (!draft.declared && draft.formData.isEmpty()) {
      draft.formData.putAll(prefill(procedure, applicants.find(principal.getName()).orElseThrow()));
    }
    model.addAttribute(
        "earlier",
        dossiers.listOwned(principal.getName()).stream()
            .filter(d -> d.procedureCode().equals(code))
            .findFirst()
            .orElse(null));
    return declarationPage(procedure, draft.formData, Map.of(), model);
  }

  @PostMapping("/to-khai")
  String declare(
      @PathVariable String code,
      @RequestParam MultiValueMap<String, String> posted,
      Principal principal,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    Map<String, Object> data = GeneratedForm.read(procedure.startForm(), posted);
    draft.formData.clear();
    draft.formData.putAll(data);
    draft.signatureId = null; // a signature signs one declaration: a re-posted one is signed again
    List<FieldError> errors = procedure.startForm().validate(data, true, LocalDate.now(clock));
    if (!errors.isEmpty()) {
      draft.declared = false;
      response.setStatus(422);
      return declarationPage(procedure, data, FormErrors.of(errors, messages, locale, null), model);
    }
    draft.declared = true;
    return "redirect:/nop-ho-so/" + code + "/giay-to";
  }

  @GetMapping("/giay-to")
  String documentsPage(
      @PathVariable String code, Principal principal, HttpSession session, Model model) {
    return afterDeclaration(
        code, principal, session, (p, d) -> documentsPage(p, d, principal, Map.of(), model));
  }

  @PostMapping(value = "/giay-to", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String attach(
      @PathVariable String code,
      MultipartHttpServletRequest request,
      Principal principal,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    Map<String, String> errors = new LinkedHashMap<>();
    choices.read(
        request,
        procedure.descriptor().documents(),
        principal.getName(),
        draft.documents,
        errors,
        true,
        locale);
    if (!errors.isEmpty()) {
      response.setStatus(422);
      return documentsPage(procedure, draft, principal, errors, model);
    }
    return "redirect:/nop-ho-so/" + code + "/nhan-ket-qua";
  }

  @GetMapping("/nhan-ket-qua")
  String deliveryPage(
      @PathVariable String code, Principal principal, HttpSession session, Model model) {
    return afterDeclaration(
        code, principal, session, (p, d) -> deliveryPage(p, d, Map.of(), model));
  }

  @PostMapping("/nhan-ket-qua")
  String chooseDelivery(
      @PathVariable String code,
      @RequestParam(name = "level", required = false) Integer level,
      @RequestParam(name = "resolvingAgency", required = false) String resolvingAgency,
      @RequestParam(name = "deliveryMethod", required = false) String deliveryMethod,
      @RequestParam(name = "deliveryAddress", required = false) String deliveryAddress,
      Principal principal,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Procedure procedure = procedure(code);
    ProcedureDescriptor d = procedure.descriptor();
    Draft draft = draft(session, principal, code);
    draft.level = d.levels().size() == 1 ? d.levels().get(0) : level;
    draft.resolvingAgency =
        d.resolvingAgency() != null ? d.resolvingAgency() : blank(resolvingAgency);
    draft.deliveryMethod =
        d.deliveryMethods().contains(deliveryMethod)
            ? DeliveryMethod.valueOf(deliveryMethod)
            : null;
    draft.deliveryAddress = blank(deliveryAddress);
    Map<String, String> errors = new LinkedHashMap<>();
    if (draft.level == null || !d.levels().contains(draft.level)) {
      errors.put("level", required("submission.field.level", locale));
    }
    if (draft.resolvingAgency == null
        || catalog.resolvingAgencies(d).stream()
            .noneMatch(a -> a.id().equals(draft.resolvingAgency))) {
      errors.put("resolvingAgency", required("submission.field.resolvingAgency", locale));
    }
    if (draft.deliveryMethod == null) {
      errors.put("deliveryMethod", required("submission.field.deliveryMethod", locale));
    } else if (Integer.valueOf(4).equals(draft.level)
        && draft.deliveryMethod == DeliveryMethod.COUNTER) {
      // the same rule the submission checks again: a fully online service does not end at the
      // counter
      errors.put(
          "deliveryMethod",
          messages.getMessage(
              "submission.level4NeedsRemoteDelivery",
              new Object[] {messages.getMessage("submission.field.deliveryMethod", null, locale)},
              locale));
    } else if (draft.deliveryMethod == DeliveryMethod.POST && draft.deliveryAddress == null) {
      errors.put("deliveryAddress", required("submission.field.deliveryAddress", locale));
    }
    if (!errors.isEmpty()) {
      response.setStatus(422);
      return deliveryPage(procedure, draft, errors, model);
    }
    return "redirect:/nop-ho-so/" + code + "/xem-lai";
  }

  @GetMapping("/xem-lai")
  String review(@PathVariable String code, Principal principal, HttpSession session, Model model) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    if (!draft.declared || draft.deliveryMethod == null) {
      return "redirect:/nop-ho-so/" + code + (draft.declared ? "/nhan-ket-qua" : "/to-khai");
    }
    return reviewPage(procedure, draft, principal, Map.of(), model);
  }

  /**
   * Sends the one-time code that signs the declaration as it is now (for procedures that ask for a
   * signature).
   */
  @PostMapping("/ky")
  String requestSigningCode(
      @PathVariable String code,
      @RequestParam(name = "channel", defaultValue = "SMS") String channel,
      Principal principal,
      HttpSession session,
      HttpServletRequest request,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!procedure(code).descriptor().signDeclaration()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Draft draft = draft(session, principal, code);
    if (!draft.declared) {
      return "redirect:/nop-ho-so/" + code + "/to-khai";
    }
    limits.signingRequest(request.getRemoteAddr(), principal.getName());
    DeclarationSigning.CodeSent sent;
    try {
      sent =
          signing.requestCode(snapshot(principal), code, draft.formData, "EMAIL".equals(channel));
    } catch (MailException e) {
      response.setStatus(503);
      return reviewPage(
          procedure(code),
          draft,
          principal,
          FormErrors.one("signingCode", messages.getMessage("account.mail.failed", null, locale)),
          model);
    } catch (InvalidSubmissionException e) {
      response.setStatus(422);
      return reviewPage(
          procedure(code),
          draft,
          principal,
          FormErrors.of(e.errors(), messages, locale, null),
          model);
    }
    draft.signingRequest = sent.requestId();
    draft.signingSentTo = sent.maskedDestination();
    draft.signingExpires = sent.expiresAt();
    return "redirect:/nop-ho-so/" + code + "/xem-lai#ky";
  }

  @PostMapping("/nop")
  String submit(
      @PathVariable String code,
      @RequestParam(name = "signingCode", required = false) String signingCode,
      Principal principal,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    if (!draft.declared || draft.deliveryMethod == null) {
      return "redirect:/nop-ho-so/" + code + "/xem-lai";
    }
    UUID signatureId = draft.signatureId;
    if (procedure.descriptor().signDeclaration() && signatureId == null) {
      String problem = null;
      if (draft.signingRequest == null || signingCode == null || signingCode.isBlank()) {
        problem = "submission.sign.required";
      } else {
        try {
          signatureId =
              signing.confirm(
                  principal.getName(), draft.signingRequest, signingCode, draft.formData);
          draft.signatureId = signatureId;
        } catch (CodeRejectedException e) {
          problem = e.messageCode();
        } catch (DeclarationSigning.DeclarationChangedException e) {
          problem = "submission.sign.changed";
        }
      }
      if (problem != null) {
        response.setStatus(422);
        return reviewPage(
            procedure,
            draft,
            principal,
            FormErrors.one("signingCode", messages.getMessage(problem, null, locale)),
            model);
      }
    }
    ApplicantSnapshot applicant = snapshot(principal);
    List<ComponentRequest> components = new ArrayList<>();
    draft.documents.forEach(
        (requirement, id) ->
            components.add(
                new ComponentRequest(
                    requirement,
                    null,
                    id,
                    documents
                        .findOwned(principal.getName(), id)
                        .map(StoredDocument::validUntil)
                        .orElse(null))));
    try {
      SubmissionResult result =
          dossiers.submit(
              new SubmissionCommand(
                  applicant,
                  code,
                  draft.level,
                  draft.resolvingAgency,
                  null,
                  draft.deliveryMethod,
                  draft.deliveryMethod == DeliveryMethod.POST ? draft.deliveryAddress : null,
                  new LinkedHashMap<>(draft.formData),
                  components,
                  List.of(),
                  draft.idempotencyKey,
                  signatureId,
                  Channel.ONLINE,
                  null));
      session.removeAttribute(draftKey(principal, code));
      return "redirect:/ho-so-cua-toi/" + result.dossier().code() + "?" + QueryParameters.SUBMITTED;
    } catch (InvalidSubmissionException e) {
      response.setStatus(422);
      return reviewPage(
          procedure, draft, principal, FormErrors.of(e.errors(), messages, locale, null), model);
    }
  }

  /** A step after the declaration: its page once the declaration is made, else the declaration. */
  private String afterDeclaration(
      String code,
      Principal principal,
      HttpSession session,
      BiFunction<Procedure, Draft, String> page) {
    Procedure procedure = procedure(code);
    Draft draft = draft(session, principal, code);
    if (!draft.declared) {
      return "redirect:/nop-ho-so/" + code + "/to-khai";
    }
    return page.apply(procedure, draft);
  }

  /** The model every step of the submission shows: the procedure, the step's number, its errors. */
  private static String step(
      Model model, Procedure procedure, int step, Map<String, String> errors, String view) {
    model.addAttribute("procedure", procedure.descriptor());
    model.addAttribute("step", step);
    model.addAttribute("errors", errors);
    return view;
  }

  private String declarationPage(
      Procedure procedure, Map<String, Object> data, Map<String, String> errors, Model model) {
    model.addAttribute("procedure", procedure.descriptor());
    model.addAttribute("step", 1);
    model.addAttribute(
        "nodes", GeneratedForm.build(procedure.startForm().json(), data, errors, mapper));
    model.addAttribute(
        "errors",
        errors.entrySet().stream()
            .collect(
                LinkedHashMap::new, (m, e) -> m.put("f-" + e.getKey(), e.getValue()), Map::putAll));
    return "portal/submit-declaration";
  }

  private String documentsPage(
      Procedure procedure,
      Draft draft,
      Principal principal,
      Map<String, String> errors,
      Model model) {
    model.addAttribute(
        "rows",
        choices.rows(
            procedure.descriptor().documents(),
            principal.getName(),
            draft.documents,
            LocaleContextHolder.getLocale()));
    return step(model, procedure, 2, errors, "portal/submit-documents");
  }

  private String deliveryPage(
      Procedure procedure, Draft draft, Map<String, String> errors, Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("agencies", catalog.resolvingAgencies(procedure.descriptor()));
    return step(model, procedure, 3, errors, "portal/submit-delivery");
  }

  private String reviewPage(
      Procedure procedure,
      Draft draft,
      Principal principal,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute(
        "answers",
        procedure.startForm().fields().stream()
            .filter(f -> draft.formData.containsKey(f.key()))
            .map(
                f ->
                    Map.of(
                        "label",
                        f.label() == null ? f.key() : f.label(),
                        "value",
                        shown(f, draft.formData.get(f.key()), LocaleContextHolder.getLocale())))
            .toList());
    Map<String, String> attached = new LinkedHashMap<>();
    procedure
        .descriptor()
        .documents()
        .forEach(
            doc -> {
              UUID id = draft.documents.get(doc.code());
              if (id != null) {
                documents
                    .findOwned(principal.getName(), id)
                    .ifPresent(s -> attached.put(doc.name(), s.fileName()));
              }
            });
    model.addAttribute("attached", attached);
    model.addAttribute(
        "agency",
        catalog.resolvingAgencies(procedure.descriptor()).stream()
            .filter(a -> a.id().equals(draft.resolvingAgency))
            .findFirst()
            .map(a -> a.name())
            .orElse(draft.resolvingAgency));
    model.addAttribute(
        "signingExpires",
        draft.signingExpires == null ? null : VietnameseFormats.dateTime(draft.signingExpires));
    return step(model, procedure, 4, errors, "portal/submit-review");
  }

  /**
   * A value as the review shows it: option labels rather than values, Có/Không, dates dd/MM/yyyy.
   */
  private String shown(FormDefinition.Field field, Object value, Locale locale) {
    if (value instanceof Boolean b) {
      return messages.getMessage(b ? "common.yes" : "common.no", null, locale);
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(v -> label(field, String.valueOf(v))).toList());
    }
    String text = String.valueOf(value);
    if ("datetime".equals(field.type()) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return text.substring(8, 10) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4);
    }
    return label(field, text);
  }

  private static String label(FormDefinition.Field field, String value) {
    return field.options().stream()
        .filter(o -> o.value().equals(value))
        .map(o -> o.label())
        .findFirst()
        .orElse(value);
  }

  /**
   * What the profile already says, for the declaration's fields that ask it: the keys the shipped
   * forms use for the applicant (a form may name others; it is then typed by hand).
   */
  private static Map<String, Object> prefill(Procedure procedure, ApplicantProfile p) {
    Map<String, Object> known = new LinkedHashMap<>();
    put(known, p.fullName(), "fullName", "applicantFullName");
    put(known, p.citizenId(), "citizenId", "applicantCitizenId");
    put(known, p.phone(), "phone", "applicantPhone");
    put(known, p.email(), "email", "applicantEmail");
    put(known, p.address(), "permanentResidence", "applicantResidence");
    put(known, p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), "birthDate");
    Map<String, Object> data = new LinkedHashMap<>();
    known.forEach(
        (key, value) -> procedure.startForm().field(key).ifPresent(f -> data.put(key, value)));
    return data;
  }

  private static void put(Map<String, Object> into, Object value, String... keys) {
    if (value != null) {
      for (String key : keys) {
        into.put(key, value);
      }
    }
  }

  private ApplicantSnapshot snapshot(Principal principal) {
    return ApplicantSnapshot.of(applicants.find(principal.getName()).orElseThrow());
  }

  private Procedure procedure(String code) {
    return catalog
        .current(code, LocalDate.now(clock))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /**
   * The draft of this account for this procedure: a session outlives a sign-out only for its own
   * account.
   */
  private static Draft draft(HttpSession session, Principal principal, String code) {
    Draft draft = (Draft) session.getAttribute(draftKey(principal, code));
    if (draft == null) {
      draft = new Draft();
      session.setAttribute(draftKey(principal, code), draft);
    }
    return draft;
  }

  private static String draftKey(Principal principal, String code) {
    return DRAFT + principal.getName() + ":" + code;
  }

  private String required(String labelCode, Locale locale) {
    return messages.getMessage(
        "form.required", new Object[] {messages.getMessage(labelCode, null, locale)}, locale);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
