/**
 * Delivering results: at the counter, by public post through a {@link
 * vn.motcua.delivery.PostalCarrier}, or electronically.
 */
@ApplicationModule(displayName = "Delivery")
package vn.motcua.delivery;

import org.springframework.modulith.ApplicationModule;
