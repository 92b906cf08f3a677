/**
 * The e-document repository (kho quản lý dữ liệu điện tử): applicants' documents, uploads checked
 * by size and by their bytes, and the content-addressed store behind them.
 */
@ApplicationModule(displayName = "Document")
package vn.motcua.document;

import org.springframework.modulith.ApplicationModule;
