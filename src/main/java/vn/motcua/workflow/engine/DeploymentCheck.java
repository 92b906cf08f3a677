package vn.motcua.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.motcua.dossier.Stage;
import vn.motcua.paper.ResultTemplates;
import vn.motcua.workflow.ProcessElements;

/**
 * Refuses a deployment that would leave dossiers stuck, before anything of it is stored: a user
 * task whose form is not there, a decision task whose stage or decisions are unknown (or whose form
 * offers other decisions), a called process that does not exist, a candidate group that names no
 * agency role, a malformed timer. Every problem is listed in one 400, so the analyst fixes them in
 * one go. Runs before the engine's own deployers, in the deployment's transaction.
 */
class DeploymentCheck implements Deployer {

  /** {@code ${receivingUnit}-onestop}: an agency chosen per dossier, and a role of it. */
  private static final Pattern AGENCY_GROUP = Pattern.compile("\\$\\{[^}]+}-([A-Za-z0-9_]+)");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{.*}", Pattern.DOTALL);
  private static final String DECISION_RECORDER = "${decisionRecorder}";

  private final ObjectMapper objectMapper;
  private final Collection<String> roles;

  /**
   * @param roles the officers' roles an agency may have, which candidate groups name
   */
  DeploymentCheck(ObjectMapper objectMapper, Collection<String> roles) {
    this.objectMapper = objectMapper;
    this.roles = roles;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<String> problems = problems(deployment);
    if (!problems.isEmpty()) {
      StringBuilder message =
          new StringBuilder("The deployment is refused (")
              .append(problems.size())
              .append(problems.size() == 1 ? " problem):" : " problems):");
      for (int i = 0; i < problems.size(); i++) {
        message.append(' ').append(i + 1).append(") ").append(problems.get(i)).append(';');
      }
      message.setLength(message.length() - 1);
      throw new BadUserRequestException(message.append('.').toString());
    }
  }

  /**
   * The result template a descriptor names must be in the deployment and be a template
   * (ResultTemplates: well-formed XHTML, placeholders only, nothing loaded from outside).
   */
  private static void resultTemplateProblems(
      DeploymentEntity deployment, String name, JsonNode descriptor, List<String> problems) {
    JsonNode template = descriptor.path("result").path("template");
    if (!template.isTextual() || template.asText().isBlank()) {
      return;
    }
    var resource = ProcedureDeployer.resource(deployment, template.asText());
    if (resource.isEmpty()) {
      problems.add(
          name + ": its result template '" + template.asText() + "' is not in the deployment");
      return;
    }
    ResultTemplates.problems(new String(resource.get().getBytes(), StandardCharsets.UTF_8))
        .forEach(
            p -> problems.add(name + ": its result template '" + template.asText() + "': " + p));
  }

  List<String> problems(DeploymentEntity deployment) {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> forms = new HashMap<>();
    Set<String> formFiles = new HashSet<>();
    Map<String, BpmnModelInstance> models = new HashMap<>();
    // the parts of each interlinked group in the deployment, by the group's process
    Map<String, List<String>> groupParts = new HashMap<>();
    // whether each described process's time limit has a variant with verification
    Map<String, Boolean> verification = new HashMap<>();
    // the stages each descriptor shares its time limit among, by the descriptor's file
    Map<String, List<String>> sharedStages = new HashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (name.endsWith(ProcedureDeployer.SUFFIX)) {
        try {
          JsonNode descriptor = objectMapper.readTree(resource.getBytes());
          List<String> keys = new ArrayList<>();
          descriptor.path("parts").forEach(p -> keys.add(p.path("key").asText()));
          if (!keys.isEmpty()) {
            groupParts.put(descriptor.path("process").asText(), keys);
          }
          verification.put(
              descriptor.path("process").asText(),
              descriptor.path("timeLimit").hasNonNull("workingDaysWithVerification"));
          resultTemplateProblems(deployment, name, descriptor, problems);
          List<String> shared = new ArrayList<>();
          descriptor
              .path("timeLimit")
              .path("stages")
              .forEach(st -> shared.add(st.path("stage").asText()));
          sharedStages.put(name, shared);
        } catch (Exception e) {
          // the procedure deployer reports a descriptor it cannot read
        }
      } else if (name.endsWith(".form")) {
        formFiles.add(name);
        try {
          JsonNode form = objectMapper.readTree(resource.getBytes());
          forms.put(form.path("id").asText(), form);
        } catch (Exception e) {
          problems.add(name + " is not valid JSON");
        }
      } else if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        try {
          models.put(name, Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes())));
        } catch (RuntimeException e) {
          // the engine's own parser reports what is wrong with the XML, with line numbers
        }
      }
    }
    Set<String> processKeys = new HashSet<>();
    models
        .values()
        .forEach(
            m -> m.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId())));
    // the shared reception and approval are deployed on their own: their stages are always there
    Set<String> declaredStages = new HashSet<>(Set.of(Stage.RECEIVE.key(), Stage.APPROVE.key()));
    models.forEach(
        (file, model) -> {
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkForm(file, task, forms, formFiles, problems);
            checkStage(file, task, forms, problems);
            checkGroups(file, task, problems);
            checkVerification(file, task, verification, problems);
          }
          checkParts(file, model, forms, groupParts, problems);
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Stage stage =
                StageProperties.declaresStage(task) ? StageProperties.read(task).stage() : null;
            if (stage != null) {
              declaredStages.add(stage.key());
            }
          }
          for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            checkCalledProcess(file, call, processKeys, problems);
            checkApprovalReturn(file, call, problems);
          }
          for (TimerEventDefinition timer :
              model.getModelElementsByType(TimerEventDefinition.class)) {
            checkTimer(file, timer, problems);
          }
          for (CamundaFailedJobRetryTimeCycle cycle :
              model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)) {
            checkRetryCycle(file, cycle, problems);
          }
        });
    sharedStages.forEach(
        (file, stages) ->
            stages.stream()
                .filter(stage -> !declaredStages.contains(stage))
                .forEach(
                    stage ->
                        problems.add(
                            file
                                + ": timeLimit.stages gives a share to the stage '"
                                + stage
                                + "', which no user task of the deployment declares (nor the"
                                + " shared reception and approval)")));
    return problems;
  }

  private void checkForm(
      String file,
      UserTask task,
      Map<String, JsonNode> forms,
      Set<String> formFiles,
      List<String> problems) {
    String where = file + ", user task " + task.getId();
    String formRef = task.getCamundaFormRef();
    String formKey = task.getCamundaFormKey();
    if (formRef != null) {
      if (EXPRESSION.matcher(formRef).matches() || forms.containsKey(formRef)) {
        return;
      }
      String binding = task.getCamundaFormRefBinding();
      boolean deployedBefore =
          !"deployment".equals(binding)
              && commandContext()
                      .getCamundaFormDefinitionManager()
                      .findLatestDefinitionByKey(formRef)
                  != null;
      if (!deployedBefore) {
        problems.add(where + ": its form '" + formRef + "' is not in the deployment");
      }
    } else if (formKey != null) {
      String deployed =
          formKey.startsWith("camunda-forms:deployment:")
              ? formKey.substring("camunda-forms:deployment:".length())
              : null;
      if (deployed != null && !formFiles.contains(deployed)) {
        problems.add(where + ": its form file '" + deployed + "' is not in the deployment");
      }
    } else {
      problems.add(
          where + ": it has no form (set camunda:formRef to the id of a form of this deployment)");
    }
  }

  private void checkStage(
      String file, UserTask task, Map<String, JsonNode> forms, List<String> problems) {
    if (!StageProperties.declaresStage(task)) {
      return;
    }
    StageProperties.Reading reading = StageProperties.read(task);
    reading.problems().forEach(p -> problems.add(file + ", " + p));
    if (!reading.isStage()) {
      return;
    }
    Stage stage = reading.stage();
    String where = file + ", user task " + task.getId();
    if (!listensWith(task, DECISION_RECORDER)) {
      problems.add(
          where
              + ": a decision task needs the task listener ${decisionRecorder} on complete, or its"
              + " decisions are never recorded");
    }
    JsonNode form = forms.get(task.getCamundaFormRef());
    if (form == null) {
      return;
    }
    JsonNode field = field(form.path("components"), stage.decisionVariable());
    if (field == null) {
      problems.add(
          where
              + ": its form '"
              + task.getCamundaFormRef()
              + "' has no field '"
              + stage.decisionVariable()
              + "' for the decision");
      return;
    }
    if (stage.decisions().stream().anyMatch(Stage.Decision::transfers)
        && field(form.path("components"), stage.transferVariable()) == null) {
      problems.add(
          where
              + ": a decision leads to "
              + StageProperties.TRANSFER
              + " but its form '"
              + task.getCamundaFormRef()
              + "' has no field '"
              + stage.transferVariable()
              + "' for the agency (a select with valuesKey '"
              + stage.transferChoicesVariable()
              + "')");
    }
    Set<String> offered = new LinkedHashSet<>();
    field.path("values").forEach(v -> offered.add(v.path("value").asText()));
    Set<String> declared = new LinkedHashSet<>();
    stage.decisions().forEach(d -> declared.add(d.value()));
    if (!field.path("values").isMissingNode() && !offered.equals(declared)) {
      problems.add(
          where
              + ": its form offers the decisions "
              + offered
              + " but the stage '"
              + stage.key()
              + "' declares "
              + declared);
    }
  }

  /**
   * A decision that starts a verification lengthens the time limit to the descriptor's {@code
   * timeLimit.workingDaysWithVerification}: when the procedure's descriptor is in the deployment,
   * it must have one.
   */
  private static void checkVerification(
      String file, UserTask task, Map<String, Boolean> verification, List<String> problems) {
    if (!StageProperties.declaresStage(task)) {
      return;
    }
    StageProperties.Reading reading = StageProperties.read(task);
    if (!reading.isStage()
        || reading.stage().decisions().stream().noneMatch(Stage.Decision::verifies)) {
      return;
    }
    ModelElementInstance parent = task.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    if (parent != null && Boolean.FALSE.equals(verification.get(((Process) parent).getId()))) {
      problems.add(
          file
              + ", user task "
              + task.getId()
              + ": a decision leads to "
              + StageProperties.VERIFICATION
              + " but the procedure's descriptor has no timeLimit.workingDaysWithVerification");
    }
  }

  /**
   * The part tasks of an interlinked group: each result field is one the task's form asks for or
   * one an earlier part produced; and when the group's descriptor is in the deployment, every part
   * it names has its task, offered to the agency of that part ({@code ${<part>Agency}-<role>}), and
   * every part task names a part of it.
   */
  private void checkParts(
      String file,
      BpmnModelInstance model,
      Map<String, JsonNode> forms,
      Map<String, List<String>> groupParts,
      List<String> problems) {
    Map<String, UserTask> partTasks = new HashMap<>();
    Set<String> produced = new HashSet<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (!StageProperties.declaresStage(task)) {
        continue;
      }
      StageProperties.Reading reading = StageProperties.read(task);
      if (reading.isPart()) {
        partTasks.put(reading.part().part(), task);
        JsonNode form = forms.get(task.getCamundaFormRef());
        if (form != null) {
          reading.part().result().stream()
              .filter(f -> field(form.path("components"), f) != null)
              .forEach(produced::add);
        }
      }
    }
    partTasks.forEach(
        (part, task) -> {
          String where = file + ", user task " + task.getId();
          StageProperties.read(task).part().result().stream()
              .filter(f -> !produced.contains(f))
              .forEach(
                  f ->
                      problems.add(
                          where
                              + ": its result field '"
                              + f
                              + "' is neither in its form nor produced by another part"));
        });
    for (Process process : model.getModelElementsByType(Process.class)) {
      List<String> declared = groupParts.get(process.getId());
      if (declared == null) {
        continue;
      }
      for (String part : declared) {
        UserTask task = partTasks.get(part);
        if (task == null) {
          problems.add(
              file
                  + ": the group's part '"
                  + part
                  + "' has no user task (property part = "
                  + part
                  + ")");
        } else if (task.getCamundaCandidateGroups() == null
            || !task.getCamundaCandidateGroups().contains("${" + part + "Agency}-")) {
          problems.add(
              file
                  + ", user task "
                  + task.getId()
                  + ": the part '"
                  + part
                  + "' is worked by its own agency: candidate group ${"
                  + part
                  + "Agency}-<role>");
        }
      }
      partTasks.keySet().stream()
          .filter(part -> !declared.contains(part))
          .forEach(
              part ->
                  problems.add(
                      file
                          + ", user task "
                          + partTasks.get(part).getId()
                          + ": part '"
                          + part
                          + "' is not one of the group's parts "
                          + declared));
    }
  }

  private void checkGroups(String file, UserTask task, List<String> problems) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null || groups.isBlank()) {
      if (task.getCamundaCandidateUsers() == null && task.getCamundaAssignee() == null) {
        problems.add(file + ", user task " + task.getId() + ": it has no candidate group");
      }
      return;
    }
    for (String group : groups.split(",")) {
      String g = group.trim();
      Matcher agency = AGENCY_GROUP.matcher(g);
      if (agency.matches() && !roles.contains(agency.group(1))) {
        problems.add(
            file
                + ", user task "
                + task.getId()
                + ": candidate group '"
                + g
                + "' names no agency role (the roles are "
                + String.join(", ", roles)
                + ")");
      }
    }
  }

  private void checkCalledProcess(
      String file, CallActivity call, Set<String> processKeys, List<String> problems) {
    String key = call.getCalledElement();
    if (key == null || EXPRESSION.matcher(key).find() || processKeys.contains(key)) {
      return;
    }
    if (commandContext().getProcessDefinitionManager().findLatestProcessDefinitionByKey(key)
        == null) {
      problems.add(
          file
              + ", call activity "
              + call.getId()
              + ": it calls the process '"
              + key
              + "', which is neither in the deployment nor deployed");
    }
  }

  /**
   * The shared approval may return the dossier to the specialist (the error DOSSIER_RETURNED): a
   * caller that does not catch it would take the return for an approval, since an uncaught BPMN
   * error ends the called process as a normal end does.
   */
  private static void checkApprovalReturn(String file, CallActivity call, List<String> problems) {
    if (!ProcessElements.APPROVAL.equals(call.getCalledElement())) {
      return;
    }
    boolean caught =
        call.getParentElement().getChildElementsByType(BoundaryEvent.class).stream()
            .filter(b -> b.getAttachedTo() == call)
            .flatMap(b -> b.getEventDefinitions().stream())
            .filter(ErrorEventDefinition.class::isInstance)
            .map(d -> ((ErrorEventDefinition) d).getError())
            .anyMatch(e -> e != null && ProcessElements.DOSSIER_RETURNED.equals(e.getErrorCode()));
    if (!caught) {
      problems.add(
          file
              + ", call activity "
              + call.getId()
              + ": the approval may return the dossier to the specialist; catch the error "
              + ProcessElements.DOSSIER_RETURNED
              + " on it with a boundary event that leads back to the assessment");
    }
  }

  private static void checkTimer(String file, TimerEventDefinition timer, List<String> problems) {
    String where =
        file
            + ", timer "
            + ((ModelElementInstance) timer.getParentElement()).getAttributeValue("id");
    if (timer.getTimeDate() != null) {
      check(
          where,
          "timeDate",
          timer.getTimeDate().getTextContent(),
          problems,
          t -> new DueDateBusinessCalendar().resolveDuedate(t));
    } else if (timer.getTimeDuration() != null) {
      check(
          where,
          "timeDuration",
          timer.getTimeDuration().getTextContent(),
          problems,
          DurationHelper::new);
    } else if (timer.getTimeCycle() != null) {
      check(
          where,
          "timeCycle",
          timer.getTimeCycle().getTextContent(),
          problems,
          t -> new CycleBusinessCalendar().resolveDuedate(t));
    } else {
      problems.add(where + ": it has no timeDate, timeDuration or timeCycle");
    }
  }

  private static void checkRetryCycle(
      String file, CamundaFailedJobRetryTimeCycle cycle, List<String> problems) {
    ModelElementInstance element = cycle.getParentElement().getParentElement();
    String where = file + ", " + element.getAttributeValue("id");
    String text = cycle.getTextContent();
    for (String part : text.split(",")) {
      check(where, "failedJobRetryTimeCycle", part.trim(), problems, DurationHelper::new);
    }
  }

  interface Parser {
    Object parse(String text) throws Exception;
  }

  private static void check(
      String where, String what, String text, List<String> problems, Parser parser) {
    String value = text == null ? "" : text.trim();
    if (EXPRESSION.matcher(value).matches()) {
      return; // resolved when the timer starts
    }
    try {
      if (value.isEmpty() || parser.parse(value) == null) {
        throw new IllegalArgumentException();
      }
    } catch (Exception e) {
      problems.add(where + ": " + what + " '" + value + "' is not a valid ISO 8601 or cron value");
    }
  }

  private static boolean listensWith(UserTask task, String expression) {
    return task.getExtensionElements() != null
        && task
            .getExtensionElements()
            .getElementsQuery()
            .filterByType(CamundaTaskListener.class)
            .list()
            .stream()
            .anyMatch(
                l ->
                    expression.equals(l.getCamundaDelegateExpression())
                        && "complete".equals(l.getCamundaEvent()));
  }

  /** The form field with that key, in the form or any group of it. */
  private static JsonNode field(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode nested = field(component.path("components"), key);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private static CommandContext commandContext() {
    return Context.getCommandContext();
  }
}
