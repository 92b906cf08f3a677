/**
 * Quality figures of Decision 766/QĐ-TTg computed live (on-time, online, online payment,
 * digitisation, e-result, satisfaction); not built yet.
 */
@ApplicationModule(displayName = "Reporting")
package vn.motcua.reporting;

import org.springframework.modulith.ApplicationModule;
