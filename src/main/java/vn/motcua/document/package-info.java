/**
 * The e-document repository (kho quản lý dữ liệu điện tử): applicants' documents, uploads checked
 * by size and by their bytes, and the content-addressed store behind them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document")
package vn.motcua.document;
