package vn.motcua.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while the {@code camunda-admin} group has no direct member: that is the state in
 * which Admin's setup endpoint hands an administrator account to anyone. Checked when the
 * application has started, before any runner (the starter creates {@code camunda.bpm.admin-user}
 * while building the engine). The web server is listening by then, but the setup endpoint's block
 * ({@link CamundaAdvisoryMitigations}) is in place from its first request. A check during the
 * context's refresh would fail the start before Spring closes the context, and Camunda's webapp
 * starter keeps the failed context in a static field that breaks every later start in the same JVM
 * (tests).
 */
@Component
class CamundaAdminMembers {

  static final String NO_MEMBER =
      """
      The Camunda group 'camunda-admin' has no direct member. Give it one before starting outside the demo \
      profile: set camunda.bpm.admin-user.id and camunda.bpm.admin-user.password (from a secret, e.g. the \
      environment variables CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD) for the first start, \
      or add a member to the group in Camunda Admin. An empty group lets Admin's setup endpoint create an \
      administrator for anyone (Camunda 7.24.0 advisory).""";

  private static final Logger log = LoggerFactory.getLogger(CamundaAdminMembers.class);

  private final IdentityService identity;
  private final Environment environment;

  CamundaAdminMembers(IdentityService identity, Environment environment) {
    this.identity = identity;
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void requireADirectMember() {
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
      return;
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      log.warn(NO_MEMBER);
      return;
    }
    throw new IllegalStateException(NO_MEMBER);
  }
}
