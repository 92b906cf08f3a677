/**
 * Delivering results: at the counter, by public post through a {@link
 * vn.motcua.delivery.PostalCarrier}, or electronically.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package vn.motcua.delivery;
