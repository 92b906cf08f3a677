/**
 * An in-app stand-in for the national portal's sending side: a page and an endpoint under {@code
 * /sandbox/national-portal} that sign a dossier (a sample birth registration, or any JSON given)
 * and send it to our inbound endpoint, as the portal and interlinked software do. On with {@code
 * motcua.national-portal.sandbox.enabled=true} (the demo profile).
 */
package vn.motcua.interop.sandbox;
