package vn.motcua.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.catalog.InvalidProcedureException;
import vn.motcua.catalog.ProcedureCatalog;
import vn.motcua.catalog.ProcedureDescriptor;

/**
 * Keeps the catalogue in step with deployments: every new deployment that carries a {@code
 * *.procedure.json} registers a new version of that procedure, with the process definition and
 * start form deployed beside it. It runs inside the deployment's transaction, so a procedure whose
 * metadata is wrong is not deployed at all (the analyst gets a 400 with the reasons).
 */
class ProcedureDeployer implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(ProcedureDeployer.class);
  static final String SUFFIX = ".procedure.json";

  private final ProcedureCatalog catalog;
  private final ObjectMapper objectMapper;

  ProcedureDeployer(ProcedureCatalog catalog, ObjectMapper objectMapper) {
    this.catalog = catalog;
    this.objectMapper = objectMapper;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // the engine re-reads old deployments into its cache; they are registered already
    }
    // an interlinked group after the procedures it is made of, which may come in the same
    // deployment
    List<ProcedureDescriptor> groups = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(SUFFIX)) {
        ProcedureDescriptor descriptor = withResultTemplate(deployment, read(resource));
        if (descriptor.isGroup()) {
          groups.add(descriptor);
        } else {
          register(deployment, descriptor);
        }
      }
    }
    groups.forEach(group -> register(deployment, group));
  }

  /**
   * The descriptor with the text of the result template it names, so the template is stored with
   * the procedure's version (DeploymentCheck has refused a deployment without it).
   */
  private static ProcedureDescriptor withResultTemplate(
      DeploymentEntity deployment, ProcedureDescriptor descriptor) {
    if (descriptor.result() == null || descriptor.result().template() == null) {
      return descriptor;
    }
    return resource(deployment, descriptor.result().template())
        .map(r -> descriptor.withResultHtml(new String(r.getBytes(), StandardCharsets.UTF_8)))
        .orElse(descriptor);
  }

  /**
   * A resource of the deployment by its file name: Spring's auto-deployment names it by its path
   * ({@code processes/x.result.html}), Modeler's and REST deployments by the file name alone.
   */
  static java.util.Optional<ResourceEntity> resource(DeploymentEntity deployment, String file) {
    return deployment.getResources().values().stream()
        .filter(r -> r.getName().equals(file) || r.getName().endsWith("/" + file))
        .findFirst();
  }

  private ProcedureDescriptor read(ResourceEntity resource) {
    try {
      return objectMapper.readValue(resource.getBytes(), ProcedureDescriptor.class);
    } catch (Exception e) {
      throw new BadUserRequestException(
          resource.getName() + " is not a valid procedure descriptor: " + e.getMessage());
    }
  }

  private void register(DeploymentEntity deployment, ProcedureDescriptor descriptor) {
    String processDefinitionId =
        processDefinitions(deployment).stream()
            .filter(d -> d.getKey().equals(descriptor.process()))
            .map(ProcessDefinitionEntity::getId)
            .findFirst()
            .orElse(null);
    String startForm = findForm(deployment, descriptor.startForm());
    try {
      var procedure =
          catalog.register(descriptor, startForm, processDefinitionId, deployment.getId());
      log.info(
          "Procedure {} '{}' version {} registered from deployment {}",
          procedure.code(),
          procedure.name(),
          procedure.version(),
          deployment.getId());
    } catch (InvalidProcedureException e) {
      throw new BadUserRequestException(e.getMessage());
    }
  }

  private static List<ProcessDefinitionEntity> processDefinitions(DeploymentEntity deployment) {
    List<ProcessDefinitionEntity> definitions =
        deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
    return definitions == null ? List.of() : definitions;
  }

  private String findForm(DeploymentEntity deployment, String formId) {
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try {
        JsonNode form = objectMapper.readTree(resource.getBytes());
        if (formId != null && formId.equals(form.path("id").asText())) {
          return new String(resource.getBytes(), StandardCharsets.UTF_8);
        }
      } catch (Exception e) {
        throw new BadUserRequestException(
            resource.getName() + " is not valid JSON: " + e.getMessage());
      }
    }
    return null;
  }
}
