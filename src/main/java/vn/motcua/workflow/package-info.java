/**
 * The Camunda side: the only module that imports {@code org.camunda}. It starts and steers
 * processes for the dossier module, records officers' decisions from task listeners, runs the
 * system steps as delegates, keeps the catalogue in step with deployments, and owns Camunda's
 * identity and authorizations.
 */
@ApplicationModule(displayName = "Workflow")
package vn.motcua.workflow;

import org.springframework.modulith.ApplicationModule;
