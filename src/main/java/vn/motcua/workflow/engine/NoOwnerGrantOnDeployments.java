package vn.motcua.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The engine's default grants, but none to the user who deploys: Camunda gives that user ALL on the
 * new deployment, so an analyst could delete what they deployed, and with {@code cascade} the
 * dossiers running on it. Analysts read every deployment through their group's grant already
 * (workflow.identity.RolePermissions).
 */
class NoOwnerGrantOnDeployments extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newDeployment(Deployment deployment) {
    return null;
  }
}
