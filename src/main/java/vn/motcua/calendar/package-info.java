/**
 * Working-day arithmetic over the Vietnamese holiday calendar: valid reception times, appointment
 * dates, cut-offs and paused clocks, with the holidays loaded per year as data.
 */
@ApplicationModule(displayName = "Calendar")
package vn.motcua.calendar;

import org.springframework.modulith.ApplicationModule;
