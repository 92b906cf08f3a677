package vn.motcua.workflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PartStage;
import vn.motcua.dossier.PartStatus;
import vn.motcua.dossier.Stage;
import vn.motcua.workflow.ProcessElements;

/**
 * Reads a decision task's {@link Stage} from its extension properties, as an analyst writes them in
 * the modeler:
 *
 * <pre>
 * stage              = assess
 * decision.propose   = IN_APPROVAL
 * decision.stop      = STOPPED
 * decision.forward   = UNCHANGED      (the dossier stays as it is; the step is on its timeline)
 * decision.verify    = VERIFICATION   (a verification: the limit becomes the descriptor's
 *                                      timeLimit.workingDaysWithVerification; a reason is required)
 * decision.return    = RETURN         (back to the stage before, with a reason: the process loops)
 * decision.transfer  = TRANSFER       (to another agency chosen in the form, with a reason; the
 *                                      process loops to the task, offered to that agency)
 * reasonRequired     = stop
 * </pre>
 *
 * A task with only {@code stage} of {@code receive}, {@code assess} or {@code approve} gets the
 * standard decisions (the first process versions were modelled so).
 *
 * <p>A part of an interlinked group's task names its part, and its decisions lead to what becomes
 * of the part ({@code DONE} or {@code REFUSED}), not to a dossier status; {@code result} names the
 * form fields the part produces:
 *
 * <pre>
 * stage            = birth
 * part             = birth
 * decision.done    = DONE
 * decision.refuse  = REFUSED
 * reasonRequired   = refuse
 * result           = birthRegistrationNumber, childPersonalId
 * </pre>
 */
public final class StageProperties {

  public static final String DECISION_PREFIX = "decision.";
  public static final String REASON_REQUIRED = "reasonRequired";
  public static final String UNCHANGED = "UNCHANGED";
  public static final String VERIFICATION = "VERIFICATION";
  public static final String RETURN = "RETURN";
  public static final String TRANSFER = "TRANSFER";
  public static final String PART = "part";
  public static final String RESULT = "result";

  /**
   * A task's stage, or the problems that keep it from being one; {@code part} for a part of an
   * interlinked group's task, else null.
   */
  public record Reading(Stage stage, PartStage part, List<String> problems) {

    Reading(Stage stage, List<String> problems) {
      this(stage, null, problems);
    }

    public boolean isStage() {
      return stage != null;
    }

    public boolean isPart() {
      return part != null;
    }
  }

  private StageProperties() {}

  /** Whether the task declares a stage at all (a decision task), rather than another user task. */
  public static boolean declaresStage(UserTask task) {
    return properties(task).containsKey(ProcessElements.STAGE_PROPERTY);
  }

  public static Reading read(UserTask task) {
    Map<String, String> properties = properties(task);
    String key = properties.get(ProcessElements.STAGE_PROPERTY);
    String where = "user task " + task.getId();
    List<String> problems = new ArrayList<>();
    if (key == null || !Stage.KEY.matcher(key).matches()) {
      problems.add(
          where
              + ": property 'stage' must be a lower camel case word (letters and digits), not '"
              + key
              + "'");
      return new Reading(null, problems);
    }
    Map<String, String> declared = new LinkedHashMap<>();
    properties.forEach(
        (name, value) -> {
          if (name.startsWith(DECISION_PREFIX)) {
            declared.put(name.substring(DECISION_PREFIX.length()), value);
          }
        });
    Set<String> needingReason =
        Arrays.stream(properties.getOrDefault(REASON_REQUIRED, "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (properties.containsKey(PART)) {
      return readPart(task, key, properties.get(PART), declared, needingReason, properties);
    }
    if (properties.containsKey(RESULT)) {
      problems.add(where + ": 'result' is for a part of an interlinked group (property 'part')");
    }
    if (declared.isEmpty()) {
      if (properties.containsKey(REASON_REQUIRED)) {
        problems.add(where + ": 'reasonRequired' names decisions but none is declared");
      }
      return Stage.standard(key)
          .map(stage -> new Reading(stage.named(task.getName()), problems))
          .orElseGet(
              () -> {
                problems.add(
                    where
                        + ": stage '"
                        + key
                        + "' declares no decisions (add properties decision.<value> = <status>)");
                return new Reading(null, problems);
              });
    }
    List<Stage.Decision> decisions = new ArrayList<>();
    declared.forEach(
        (value, status) -> {
          boolean reason = needingReason.contains(value);
          if (value.isBlank()) {
            problems.add(where + ": a decision property has no value after 'decision.'");
          } else if (UNCHANGED.equals(status)) {
            decisions.add(Stage.Decision.staying(value, reason));
          } else if (VERIFICATION.equals(status)) {
            decisions.add(Stage.Decision.verifying(value));
          } else if (RETURN.equals(status)) {
            decisions.add(Stage.Decision.returning(value));
          } else if (TRANSFER.equals(status)) {
            decisions.add(Stage.Decision.transferring(value));
          } else {
            DossierStatus to = statusOf(status);
            if (to == null || !Stage.DECIDABLE.contains(to)) {
              problems.add(
                  where
                      + ": decision '"
                      + value
                      + "' leads to '"
                      + status
                      + "', which is not one of "
                      + decidable());
            } else {
              decisions.add(Stage.Decision.to(value, to, reason));
            }
          }
        });
    reasonsOfNoDecision(where, needingReason, declared.keySet(), problems);
    if (!problems.isEmpty()) {
      return new Reading(null, problems);
    }
    return new Reading(new Stage(key, task.getName(), decisions), problems);
  }

  private static Reading readPart(
      UserTask task,
      String key,
      String part,
      Map<String, String> declared,
      Set<String> needingReason,
      Map<String, String> properties) {
    String where = "user task " + task.getId();
    List<String> problems = new ArrayList<>();
    if (part == null || !Stage.KEY.matcher(part.trim()).matches()) {
      problems.add(
          where + ": property 'part' must name a part of the group (a lower camel case word)");
    }
    List<Stage.Decision> decisions = new ArrayList<>();
    Map<String, PartStatus> outcomes = new LinkedHashMap<>();
    declared.forEach(
        (value, status) -> {
          PartStatus outcome = partStatusOf(status);
          if (value.isBlank()) {
            problems.add(where + ": a decision property has no value after 'decision.'");
          } else if (VERIFICATION.equals(status)) {
            decisions.add(Stage.Decision.verifying(value));
          } else if (outcome == null || !PartStage.DECIDABLE.contains(outcome)) {
            problems.add(
                where
                    + ": decision '"
                    + value
                    + "' of a part leads to '"
                    + status
                    + "', which is not one of "
                    + PartStage.DECIDABLE
                    + " or "
                    + VERIFICATION);
          } else {
            outcomes.put(value, outcome);
            decisions.add(Stage.Decision.staying(value, needingReason.contains(value)));
          }
        });
    if (!outcomes.containsValue(PartStatus.DONE)) {
      problems.add(where + ": a part's task needs a decision leading to DONE");
    }
    reasonsOfNoDecision(where, needingReason, declared.keySet(), problems);
    outcomes.entrySet().stream()
        .filter(e -> e.getValue() == PartStatus.REFUSED && !needingReason.contains(e.getKey()))
        .forEach(
            e ->
                problems.add(
                    where
                        + ": decision '"
                        + e.getKey()
                        + "' refuses the part: name it in 'reasonRequired' (the later parts are"
                        + " cancelled with the reason)"));
    List<String> result =
        Arrays.stream(properties.getOrDefault(RESULT, "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    if (!problems.isEmpty()) {
      return new Reading(null, null, problems);
    }
    Stage stage = new Stage(key, task.getName(), decisions);
    return new Reading(stage, new PartStage(stage, part.trim(), outcomes, result), problems);
  }

  private static PartStatus partStatusOf(String name) {
    try {
      return name == null ? null : PartStatus.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String decidable() {
    return Stage.DECIDABLE.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
        + ", "
        + UNCHANGED
        + ", "
        + VERIFICATION
        + ", "
        + RETURN
        + " or "
        + TRANSFER;
  }

  private static DossierStatus statusOf(String name) {
    try {
      return name == null ? null : DossierStatus.valueOf(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, String> properties(UserTask task) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (task.getExtensionElements() != null) {
      for (CamundaProperties list :
          task.getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaProperties.class)
              .list()) {
        for (CamundaProperty property : list.getCamundaProperties()) {
          properties.put(property.getCamundaName(), property.getCamundaValue());
        }
      }
    }
    return properties;
  }

  private static void reasonsOfNoDecision(
      String where, Set<String> needingReason, Set<String> decisions, List<String> problems) {
    needingReason.stream()
        .filter(value -> !decisions.contains(value))
        .forEach(
            value ->
                problems.add(
                    where + ": 'reasonRequired' names '" + value + "', which is not a decision"));
  }
}
