/**
 * Fees and charges (phí, lệ phí): the obligation, counter payments with their receipt, and online
 * payment orders through a {@link vn.motcua.payment.PaymentGateway}.
 */
@ApplicationModule(displayName = "Payment")
package vn.motcua.payment;

import org.springframework.modulith.ApplicationModule;
