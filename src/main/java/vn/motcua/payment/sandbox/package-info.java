/**
 * An in-app stand-in for the VNPay gateway (the default adapter target, so a fresh clone shows the
 * whole payment journey): its payment page, IPN calls back to us, querydr and a daily statement,
 * all signed as the real one signs. Off with {@code motcua.payment.sandbox.enabled=false}.
 */
package vn.motcua.payment.sandbox;
