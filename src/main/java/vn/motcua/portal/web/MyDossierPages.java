package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.document.DocumentRepository;
import vn.motcua.dossier.ComponentRequest;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.InvalidSubmissionException;
import vn.motcua.dossier.ServiceRating;
import vn.motcua.paper.ResultPapers;
import vn.motcua.paper.SlipKind;
import vn.motcua.paper.Slips;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;
import vn.motcua.shared.PublicUrls;

/**
 * "Hồ sơ của tôi": the citizen's dossiers with their status, and each one's page with its timeline,
 * what to do next (pay online, withdraw while allowed) and the electronic result to download.
 * Someone else's dossier is "not found", never "forbidden", so codes cannot be probed.
 */
@Controller
@RequestMapping("/ho-so-cua-toi")
class MyDossierPages {

  private static final String SUPPLEMENT = "motcua.supplement.";

  private final Dossiers dossiers;
  private final Payments payments;
  private final Deliveries deliveries;
  private final DocumentRepository documents;
  private final DocumentChoices choices;
  private final ProcedureCatalog catalog;
  private final MessageSource messages;
  private final ResultPapers papers;
  private final Slips slips;
  private final PublicUrls urls;

  MyDossierPages(
      Dossiers dossiers,
      Payments payments,
      Deliveries deliveries,
      DocumentRepository documents,
      DocumentChoices choices,
      ProcedureCatalog catalog,
      MessageSource messages,
      ResultPapers papers,
      Slips slips,
      PublicUrls urls) {
    this.papers = papers;
    this.slips = slips;
    this.urls = urls;
    this.choices = choices;
    this.catalog = catalog;
    this.messages = messages;
    this.dossiers = dossiers;
    this.payments = payments;
    this.deliveries = deliveries;
    this.documents = documents;
  }

  @GetMapping
  String list(Principal principal, Model model) {
    model.addAttribute("dossiers", dossiers.listOwned(principal.getName()));
    return "portal/my-dossiers";
  }

  @GetMapping("/{code}")
  String detail(@PathVariable String code, Principal principal, Model model) {
    DossierView dossier = owned(principal, code);
    PaymentView payment = payments.find(code).orElse(null);
    DeliveryView delivery = deliveries.find(code).orElse(null);
    model.addAttribute("d", dossier);
    model.addAttribute("payment", payment);
    model.addAttribute(
        "canPayOnline",
        payment != null
            && !payment.isPaid()
            && dossier.level() == 4
            && dossier.status() == DossierStatus.AWAITING_PAYMENT);
    model.addAttribute("delivery", delivery);
    model.addAttribute("hasResult", delivery != null && delivery.resultDocumentId() != null);
    model.addAttribute(
        "canRate", dossier.status().isFinal() && dossier.status() != DossierStatus.WITHDRAWN);
    model.addAttribute("rating", dossiers.rating(principal.getName(), code).orElse(null));
    model.addAttribute("slips", slips.issuedToApplicant(dossier));
    return "portal/my-dossier";
  }

  /**
   * The one-stop desk asked for more: what it asked, and the documents to add (uploaded or from the
   * repository).
   */
  @GetMapping("/{code}/bo-sung")
  String supplementPage(
      @PathVariable String code, Principal principal, HttpSession session, Model model) {
    DossierView dossier = owned(principal, code);
    if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
      return "redirect:/ho-so-cua-toi/" + code;
    }
    return supplementPage(
        dossier, principal, supplementChoices(session, principal, code), Map.of(), null, model);
  }

  @PostMapping(value = "/{code}/bo-sung", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String supplement(
      @PathVariable String code,
      MultipartHttpServletRequest request,
      Principal principal,
      HttpSession session,
      Model model,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    DossierView dossier = owned(principal, code);
    if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
      return "redirect:/ho-so-cua-toi/"
          + code; // sent already (a second click), or no longer asked for
    }
    var chosen = supplementChoices(session, principal, code);
    var errors = new LinkedHashMap<String, String>();
    choices.read(request, documentsOf(dossier), principal.getName(), chosen, errors, false, locale);
    String note =
        request.getParameter("note") == null ? null : request.getParameter("note").strip();
    if (errors.isEmpty() && chosen.isEmpty() && (note == null || note.isEmpty())) {
      errors.put("note", messages.getMessage("mine.supplement.empty", null, locale));
    }
    if (errors.isEmpty()) {
      try {
        dossiers.supplement(
            principal.getName(),
            code,
            Map.of(),
            chosen.entrySet().stream()
                .map(e -> new ComponentRequest(e.getKey(), null, e.getValue(), null))
                .toList(),
            List.of(),
            note);
        session.removeAttribute(SUPPLEMENT + principal.getName() + ":" + code);
        return "redirect:/ho-so-cua-toi/" + code + "?" + QueryParameters.SUPPLEMENTED;
      } catch (InvalidSubmissionException e) {
        errors.putAll(FormErrors.of(e.errors(), messages, locale, null));
      }
    }
    response.setStatus(422);
    return supplementPage(dossier, principal, chosen, errors, note, model);
  }

  @PostMapping("/{code}/danh-gia")
  String rate(
      @PathVariable String code,
      @RequestParam Map<String, String> posted,
      Principal principal,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    var answers =
        new EnumMap<ServiceRating.Criterion, ServiceRating.Level>(ServiceRating.Criterion.class);
    for (var criterion : ServiceRating.Criterion.values()) {
      String value = posted.get("rating-" + criterion.name());
      if (value != null
          && Arrays.stream(ServiceRating.Level.values()).anyMatch(l -> l.name().equals(value))) {
        answers.put(criterion, ServiceRating.Level.valueOf(value));
      }
    }
    try {
      dossiers.rate(principal.getName(), code, answers, posted.get("comment"));
      return "redirect:/ho-so-cua-toi/" + code + "?" + QueryParameters.RATED;
    } catch (InvalidSubmissionException e) {
      response.setStatus(422);
      model.addAttribute(
          "errors", FormErrors.of(e.errors(), messages, locale, "mine.rating.criterion."));
      model.addAttribute("posted", posted);
      return detail(code, principal, model);
    }
  }

  private String supplementPage(
      DossierView dossier,
      Principal principal,
      Map<String, UUID> chosen,
      Map<String, String> errors,
      String note,
      Model model) {
    model.addAttribute("d", dossier);
    model.addAttribute(
        "request",
        dossier.timeline().stream()
            .filter(t -> t.status() == DossierStatus.SUPPLEMENT_REQUESTED)
            .reduce((a, b) -> b)
            .map(DossierView.TimelineEntry::note)
            .orElse(null));
    model.addAttribute(
        "rows",
        choices.rows(
            documentsOf(dossier), principal.getName(), chosen, LocaleContextHolder.getLocale()));
    model.addAttribute("errors", errors);
    model.addAttribute("note", note);
    return "portal/supplement";
  }

  private List<ProcedureDescriptor.RequiredDocument> documentsOf(DossierView dossier) {
    return catalog
        .version(dossier.procedureVersionId())
        .map(p -> p.descriptor().documents())
        .orElse(List.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, UUID> supplementChoices(
      HttpSession session, Principal principal, String code) {
    var chosen =
        (Map<String, UUID>) session.getAttribute(SUPPLEMENT + principal.getName() + ":" + code);
    if (chosen == null) {
      chosen = new LinkedHashMap<>();
      session.setAttribute(SUPPLEMENT + principal.getName() + ":" + code, chosen);
    }
    return chosen;
  }

  /**
   * Starts paying online: the gateway's payment page (the sandbox in the demo), and back to the
   * return page.
   */
  @PostMapping("/{code}/thanh-toan")
  String pay(@PathVariable String code, Principal principal, HttpServletRequest request) {
    owned(principal, code);
    payments
        .find(code)
        .filter(p -> !p.isPaid())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
    return "redirect:" + payments.createOnlineOrder(code, request.getRemoteAddr()).checkoutUrl();
  }

  @GetMapping("/{code}/ket-qua")
  ResponseEntity<byte[]> result(@PathVariable String code, Principal principal) throws IOException {
    owned(principal, code);
    var document =
        deliveries
            .find(code)
            .map(DeliveryView::resultDocumentId)
            .flatMap(id -> documents.findRecorded(principal.getName(), id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    try (InputStream in = documents.open(document)) {
      return ResponseEntity.ok()
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              "attachment; filename=\"" + document.fileName() + "\"")
          .header("X-Content-Type-Options", "nosniff")
          .contentType(MediaType.parseMediaType(document.mediaType()))
          .body(in.readAllBytes());
    }
  }

  /** The receipt of the fee, once paid (online or at the counter), as PDF. */
  @GetMapping("/{code}/bien-lai")
  ResponseEntity<byte[]> receipt(@PathVariable String code, Principal principal) {
    DossierView dossier = owned(principal, code);
    PaymentView payment =
        payments
            .find(code)
            .filter(PaymentView::isPaid)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    byte[] pdf =
        papers.receipt(
            new ResultPapers.ReceiptFacts(
                code,
                dossier.procedureName(),
                dossier.applicantName(),
                payment.amount(),
                payment.channel(),
                payment.providerTransactionId() != null
                    ? payment.providerTransactionId()
                    : payment.receiptNumber(),
                payment.paidAt(),
                urls.lookupPage(code)));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-lai-" + code + ".pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_PDF)
        .body(pdf);
  }

  /**
   * A slip the dossier was issued (01 receipt, 02 supplement request, 03 refusal, 05 stop notice),
   * as PDF opened in the browser; not issued (yet), or not a slip of the applicant's: 404.
   */
  @GetMapping("/{code}/phieu/{number}.pdf")
  ResponseEntity<byte[]> slip(
      @PathVariable String code, @PathVariable String number, Principal principal) {
    DossierView dossier = owned(principal, code);
    Slips.Slip slip =
        SlipKind.ofNumber(number)
            .filter(kind -> slips.issuedToApplicant(dossier).contains(kind))
            .flatMap(kind -> slips.issued(code, kind))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(slip.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_PDF)
        .body(slip.pdf());
  }

  @GetMapping("/{code}/rut")
  String withdrawal(@PathVariable String code, Principal principal, Model model) {
    model.addAttribute("d", owned(principal, code));
    return "portal/withdraw";
  }

  @PostMapping("/{code}/rut")
  String withdraw(
      @PathVariable String code,
      @RequestParam(name = "reason", required = false) String reason,
      Principal principal) {
    dossiers.withdraw(
        principal.getName(), code, reason == null || reason.isBlank() ? null : reason.strip());
    return "redirect:/ho-so-cua-toi/" + code + "?" + QueryParameters.WITHDRAWN;
  }

  private DossierView owned(Principal principal, String code) {
    try {
      return dossiers.getOwned(principal.getName(), code);
    } catch (DossierNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
