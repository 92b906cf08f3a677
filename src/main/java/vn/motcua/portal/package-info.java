/**
 * The citizens' web pages (Vietnamese first, English through the message bundles): server-rendered,
 * working without JavaScript, from 360 px wide. So far the public catalogue and the public look-up
 * of a dossier (by code or citizen ID, with its QR code); accounts, submission and tracking follow
 * (issue 4).
 */
@ApplicationModule(displayName = "Portal")
package vn.motcua.portal;

import org.springframework.modulith.ApplicationModule;
