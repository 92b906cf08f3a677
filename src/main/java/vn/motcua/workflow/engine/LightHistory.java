package vn.motcua.workflow.engine;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Full history, except for a process that asks for a light one: the watches and notifications that
 * run beside every dossier (a status notification per change, a deadline watch per stage, the
 * appointment watch), three in four of the process instances a dossier starts. Their step-by-step
 * trace would be most of a dossier's engine history and of the writes each step makes
 * (LifecycleBenchmark: 253 history rows per dossier, 13 process instances), and it is read by no
 * one: what was sent is in the outbox, the ledger and the dossier's timeline.
 *
 * <p>A light process keeps its historic process instance (Cockpit lists it; the cleanup removes it
 * after its time to live), its human tasks with their candidates and who did what (a leader's
 * follow-up of an overdue stage, an apology), its incidents and its jobs' failures; it writes no
 * activity instances, variables or job log of jobs that went well. An analyst asks for it in the
 * modeler, as a property of the process:
 *
 * <pre>
 * history = light
 * </pre>
 *
 * The level's id is full's (3): a database made with full history starts with it and back.
 */
final class LightHistory extends AbstractHistoryLevel {

  /** The name of this level, {@code camunda.bpm.history-level} in application.yml. */
  static final String NAME = "full-or-light";

  /** The process's property in the modeler, and the key the parsed definition keeps it under. */
  static final String PROPERTY = "history";

  static final String KEY = "motcua.history";
  static final String LIGHT = "light";

  /** What a light process does not write. */
  private static final Set<HistoryEventType> LEFT_OUT =
      Set.of(
          HistoryEventTypes.ACTIVITY_INSTANCE_START,
          HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
          HistoryEventTypes.ACTIVITY_INSTANCE_END,
          HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE,
          HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
          HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
          HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
          HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
          HistoryEventTypes.JOB_CREATE,
          HistoryEventTypes.JOB_SUCCESS,
          HistoryEventTypes.JOB_DELETE);

  /** Light or not, by process definition id: a definition never changes once deployed. */
  private final Map<String, Boolean> light = new ConcurrentHashMap<>();

  @Override
  public int getId() {
    return 3;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType type, Object entity) {
    if (entity == null || !LEFT_OUT.contains(type)) {
      return true;
    }
    String definitionId = definitionId(entity);
    return definitionId == null || !light.computeIfAbsent(definitionId, LightHistory::isLight);
  }

  private static String definitionId(Object entity) {
    if (entity instanceof ExecutionEntity execution) {
      return execution.getProcessDefinitionId();
    }
    if (entity instanceof VariableInstanceEntity variable) {
      if (variable.getProcessDefinitionId() != null) {
        return variable.getProcessDefinitionId();
      }
      return variable.getExecution() == null
          ? null
          : variable.getExecution().getProcessDefinitionId();
    }
    if (entity instanceof JobEntity job) {
      return job.getProcessDefinitionId();
    }
    return null;
  }

  /**
   * Whether the definition asks for light history; full when it cannot be found (being deleted).
   */
  private static boolean isLight(String definitionId) {
    try {
      ProcessDefinitionEntity definition =
          Context.getProcessEngineConfiguration()
              .getDeploymentCache()
              .findDeployedProcessDefinitionById(definitionId);
      return definition != null && LIGHT.equals(definition.getProperty(KEY));
    } catch (ProcessEngineException gone) {
      return false;
    }
  }

  /** Marks a process that asks for light history as it is parsed. */
  static final class Reader extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
      Element extensions = process.element("extensionElements");
      Element properties =
          extensions == null
              ? null
              : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
      if (properties == null) {
        return;
      }
      for (Element property :
          properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (PROPERTY.equals(property.attribute("name"))) {
          definition.setProperty(KEY, property.attribute("value"));
        }
      }
    }
  }
}
