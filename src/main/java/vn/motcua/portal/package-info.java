/**
 * The citizens' web pages (Vietnamese first, English through the message bundles): server-rendered,
 * working without JavaScript, from 360 px wide. So far the public catalogue; accounts, submission and
 * tracking follow (issue 4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.motcua.portal;
