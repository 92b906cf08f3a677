/**
 * Notifications to applicants (email, SMS) from Vietnamese templates; filled by the edges issue (#3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package vn.motcua.notification;
