/**
 * Notifications to applicants (email, SMS) from Vietnamese templates: the {@link
 * vn.motcua.notification.SmsGateway} port and the {@link vn.motcua.notification.Outbox} of every
 * message sent through the sandboxes.
 */
@ApplicationModule(displayName = "Notification")
package vn.motcua.notification;

import org.springframework.modulith.ApplicationModule;
