package vn.motcua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
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
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.delivery.Deliveries;
import vn.motcua.delivery.DeliveryView;
import vn.motcua.document.DocumentRepository;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;

/**
 * "Hồ sơ của tôi": the citizen's dossiers with their status, and each one's page with its
 * timeline, what to do next (pay online, withdraw while allowed) and the electronic result to
 * download. Someone else's dossier is "not found", never "forbidden", so codes cannot be probed.
 */
@Controller
@RequestMapping("/ho-so-cua-toi")
class MyDossierPages {

  private final Dossiers dossiers;
  private final Payments payments;
  private final Deliveries deliveries;
  private final DocumentRepository documents;

  MyDossierPages(Dossiers dossiers, Payments payments, Deliveries deliveries, DocumentRepository documents) {
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
    model.addAttribute("canPayOnline", payment != null && !payment.isPaid() && dossier.level() == 4
        && dossier.status() == DossierStatus.AWAITING_PAYMENT);
    model.addAttribute("delivery", delivery);
    model.addAttribute("hasResult", delivery != null && delivery.resultDocumentId() != null);
    return "portal/my-dossier";
  }

  /** Starts paying online: the gateway's payment page (the sandbox in the demo), and back to the return page. */
  @PostMapping("/{code}/thanh-toan")
  String pay(@PathVariable String code, Principal principal, HttpServletRequest request) {
    owned(principal, code);
    payments.find(code).filter(p -> !p.isPaid()).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
    return "redirect:" + payments.createOnlineOrder(code, request.getRemoteAddr()).checkoutUrl();
  }

  @GetMapping("/{code}/ket-qua")
  ResponseEntity<byte[]> result(@PathVariable String code, Principal principal) throws IOException {
    owned(principal, code);
    var document = deliveries.find(code).map(DeliveryView::resultDocumentId)
        .flatMap(id -> documents.findOwned(principal.getName(), id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    try (InputStream in = documents.open(document)) {
      return ResponseEntity.ok()
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"")
          .header("X-Content-Type-Options", "nosniff")
          .contentType(MediaType.parseMediaType(document.mediaType())).body(in.readAllBytes());
    }
  }

  @GetMapping("/{code}/rut")
  String withdrawal(@PathVariable String code, Principal principal, Model model) {
    model.addAttribute("d", owned(principal, code));
    return "portal/withdraw";
  }

  @PostMapping("/{code}/rut")
  String withdraw(@PathVariable String code, @RequestParam(name = "reason", required = false) String reason, Principal principal) {
    dossiers.withdraw(principal.getName(), code, reason == null || reason.isBlank() ? null : reason.strip());
    return "redirect:/ho-so-cua-toi/" + code + "?daRut";
  }

  private DossierView owned(Principal principal, String code) {
    try {
      return dossiers.getOwned(principal.getName(), code);
    } catch (DossierNotFoundException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
