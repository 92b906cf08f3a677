package vn.motcua.dossier;

import java.util.Set;

/** The officers' stages and the decisions each may take; some decisions need a reason. */
public enum Stage {
  RECEIVE(Set.of("accept", "supplement", "refuse"), Set.of("supplement", "refuse")),
  ASSESS(Set.of("propose", "stop"), Set.of("stop")),
  APPROVE(Set.of("approve", "reject"), Set.of("reject"));

  private final Set<String> decisions;
  private final Set<String> needingReason;

  Stage(Set<String> decisions, Set<String> needingReason) {
    this.decisions = decisions;
    this.needingReason = needingReason;
  }

  public Set<String> decisions() {
    return decisions;
  }

  public boolean needsReason(String decision) {
    return needingReason.contains(decision);
  }

  /** The process variable names the forms use: {@code receiveDecision}, {@code receiveReason}. */
  public String decisionVariable() {
    return name().toLowerCase() + "Decision";
  }

  public String reasonVariable() {
    return name().toLowerCase() + "Reason";
  }
}
