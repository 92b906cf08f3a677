/**
 * An in-app stand-in for the public postal service (the default carrier, so a fresh clone shows
 * delivery by post end to end): it books shipments with EMS-like tracking codes and reports their
 * fate to our callback, signed as the real carrier would. Off with {@code
 * motcua.post.sandbox.enabled=false}.
 */
package vn.motcua.delivery.sandbox;
