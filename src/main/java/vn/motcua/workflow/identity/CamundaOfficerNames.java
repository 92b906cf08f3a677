package vn.motcua.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.motcua.paper.OfficerNames;

/** Officers' names from Camunda's identity, family name first as Vietnamese write them. */
@Component
class CamundaOfficerNames implements OfficerNames {

  private final IdentityService identity;

  CamundaOfficerNames(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public String nameOf(String account) {
    if (account == null || account.isBlank()) {
      return "";
    }
    User user = identity.createUserQuery().userId(account).singleResult();
    if (user == null) {
      return account;
    }
    String name =
        ((user.getLastName() == null ? "" : user.getLastName())
                + " "
                + (user.getFirstName() == null ? "" : user.getFirstName()))
            .strip();
    return name.isEmpty() ? account : name;
  }
}
