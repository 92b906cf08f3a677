package vn.motcua.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task's candidate groups, which name the agency and role whose work it is ({@code
 * <agency>-<role>}, see {@code OfficerGroups}).
 */
public final class TaskGroups {

  private TaskGroups() {}

  public static List<String> candidateGroups(DelegateTask task) {
    return candidateGroups(task.getCandidates());
  }

  public static List<String> candidateGroups(Iterable<? extends IdentityLink> links) {
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return groups;
  }

  /** {@code congan-nghean-specialist} → {@code congan-nghean}: an agency's groups end in a role. */
  public static String agencyOf(String group) {
    int dash = group.lastIndexOf('-');
    return dash > 0 ? group.substring(0, dash) : group;
  }
}
