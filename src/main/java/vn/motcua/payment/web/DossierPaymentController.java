package vn.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.DossierNotFoundException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;

/**
 * The fee of a signed-in applicant's dossier and its online payment; the dossier module says whose
 * dossier it is (404 for anyone else's).
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "My dossiers", description = "The signed-in applicant's dossiers")
class DossierPaymentController {

  private final Dossiers dossiers;
  private final Payments payments;

  DossierPaymentController(Dossiers dossiers, Payments payments) {
    this.dossiers = dossiers;
    this.payments = payments;
  }

  @GetMapping("/{code}/payment")
  @Operation(summary = "The fee to pay for one of my dossiers, with the payment page for level 4")
  PaymentView payment(Principal principal, @PathVariable String code) {
    dossiers.getOwned(principal.getName(), code);
    return payments.find(code).orElseThrow(() -> new DossierNotFoundException(code));
  }

  @PostMapping("/{code}/payment/checkout")
  @Operation(
      summary =
          "Start paying online (level 4): answers the gateway's payment page to send the browser to")
  PaymentView checkout(Principal principal, @PathVariable String code, HttpServletRequest request) {
    dossiers.getOwned(principal.getName(), code);
    payments.find(code).orElseThrow(() -> new DossierNotFoundException(code));
    return payments.createOnlineOrder(code, request.getRemoteAddr());
  }
}
