package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process that asks for light history keeps its process instance and its human tasks in history,
 * and nothing of its steps or variables; any other process keeps full history; and a database made
 * with full history starts with the light level and back.
 */
class LightHistoryTest {

  private final String database = "jdbc:h2:mem:light-history-" + UUID.randomUUID();
  private ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void aLightProcess_keepsItsInstanceAndTasks_notItsSteps_anotherKeepsEverything() {
    engine = engine(LightHistory.NAME);
    engine
        .getRepositoryService()
        .createDeployment()
        .addString("light.bpmn", process("light", true))
        .addString("full.bpmn", process("full", false))
        .deploy();

    ProcessInstance light = runToTheTaskAndComplete("light");
    ProcessInstance full = runToTheTaskAndComplete("full");

    HistoryService history = engine.getHistoryService();
    assertThat(
            history.createHistoricProcessInstanceQuery().processInstanceId(light.getId()).count())
        .isOne();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(light.getId()).count())
        .as("the officer's task")
        .isOne();
    assertThat(
            history.createHistoricActivityInstanceQuery().processInstanceId(light.getId()).count())
        .isZero();
    assertThat(
            history.createHistoricVariableInstanceQuery().processInstanceId(light.getId()).count())
        .isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(light.getId()).count())
        .isZero();

    assertThat(
            history.createHistoricActivityInstanceQuery().processInstanceId(full.getId()).count())
        .as("start, service task, task, end")
        .isEqualTo(4);
    assertThat(
            history.createHistoricVariableInstanceQuery().processInstanceId(full.getId()).count())
        .as("dossierCode, noted, decision")
        .isEqualTo(3);
    assertThat(history.createHistoricDetailQuery().processInstanceId(full.getId()).count())
        .isPositive();
  }

  @Test
  void aDatabaseMadeWithFullHistory_startsWithTheLightLevel_andBack() {
    engine = engine("full");
    engine.close();
    engine = engine(LightHistory.NAME);
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo(LightHistory.NAME);
    engine.close();
    engine = engine("full");
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHistoryLevel()
                .getName())
        .isEqualTo("full");
  }

  private ProcessInstance runToTheTaskAndComplete(String key) {
    ProcessInstance instance =
        engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("dossierCode", "X-1"));
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult()
            .getId();
    engine.getTaskService().complete(task, Map.of("decision", "ok"));
    return instance;
  }

  private ProcessEngine engine(String history) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("light-history-" + UUID.randomUUID());
    configuration.setJdbcUrl(database + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(history);
    configuration.setCustomHistoryLevels(List.of(new LightHistory()));
    configuration.setCustomPreBPMNParseListeners(List.of(new LightHistory.Reader()));
    return configuration.buildProcessEngine();
  }

  private static String process(String key, boolean light) {
    String properties =
        light
            ? "<bpmn:extensionElements><camunda:properties>"
                + "<camunda:property name=\"history\" value=\"light\"/>"
                + "</camunda:properties></bpmn:extensionElements>"
            : "";
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">%2$s
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="note"/>
            <bpmn:serviceTask id="note" camunda:expression="${execution.setVariable('noted', true)}"/>
            <bpmn:sequenceFlow id="f2" sourceRef="note" targetRef="task"/>
            <bpmn:userTask id="task" camunda:candidateGroups="lamthanh-leader"/>
            <bpmn:sequenceFlow id="f3" sourceRef="task" targetRef="end"/>
            <bpmn:endEvent id="end"/>
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(key, properties);
  }
}
