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

  private static final String LEADER_ROLE = "-leader";

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

  /** The group of an agency's leaders: {@code lamthanh} → {@code lamthanh-leader}. */
  public static String leadersOf(String agency) {
    return agency + LEADER_ROLE;
  }

  public static boolean isLeaders(String group) {
    return group.endsWith(LEADER_ROLE);
  }

  /** {@code congan-nghean-specialist} → {@code congan-nghean}: an agency's groups end in a role. */
  public static String agencyOf(String group) {
    int dash = group.lastIndexOf('-');
    return dash > 0 ? group.substring(0, dash) : group;
  }
}
