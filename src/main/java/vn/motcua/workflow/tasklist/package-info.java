/**
 * Tasklist fit for the desk: the shared task filters every officer finds there, and the engine's
 * filter service that fills in who asks and when, since stored queries may hold no expressions.
 */
package vn.motcua.workflow.tasklist;
