package vn.motcua.payment.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.payment.PaymentView;
import vn.motcua.payment.Payments;

/** The sandbox payment page and its "paid" button, standing in for the payment platform. */
@RestController
@RequestMapping("/sandbox/payment")
class SandboxPaymentController {

  private final Payments payments;

  SandboxPaymentController(Payments payments) {
    this.payments = payments;
  }

  @GetMapping(value = "/{orderRef}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String orderRef) {
    return payments.findByOrder(orderRef)
        .map(p -> ResponseEntity.ok("""
            <!doctype html><html lang="vi"><meta charset="utf-8"><title>Cổng thanh toán (thử nghiệm)</title>
            <h1>Cổng thanh toán thử nghiệm</h1><p>Hồ sơ %s — số tiền %,d đồng</p>
            <form method="post" action="/sandbox/payment/%s/pay"><button>Thanh toán</button></form></html>"""
            .formatted(HtmlUtils.htmlEscape(p.dossierCode()), p.amount(), HtmlUtils.htmlEscape(orderRef))))
        .orElse(ResponseEntity.notFound().build());
  }

  @PostMapping("/{orderRef}/pay")
  ResponseEntity<PaymentView> pay(@PathVariable String orderRef) {
    if (payments.findByOrder(orderRef).isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(payments.confirmOnline(orderRef, "SANDBOX-" + System.nanoTime()));
  }
}
