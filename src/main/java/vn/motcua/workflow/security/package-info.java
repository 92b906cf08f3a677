/**
 * Hardening of Camunda's web side: the advisory mitigations and the administrator group that must
 * never be empty.
 */
package vn.motcua.workflow.security;
