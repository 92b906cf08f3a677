package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.junit.jupiter.api.Test;

/**
 * Our Task.xml is Camunda's with the authorization check changed (ADR 9): it must be made again
 * from the engine's own whenever the engine changes it, and it takes the place of that one only.
 */
class TaskAuthorizationMappingTest {

  /** camunda-engine 7.24.0's Task.xml, which ours was made from. */
  static final String ENGINE_TASK_XML_SHA256 =
      "616c3e9cdf4055cab8493558ece2d3bce0a3edb7bb9fe88570758b5103caf821";

  @Test
  void theEnginesTaskMapping_isTheOneOursWasMadeFrom() throws Exception {
    assertThat(sha256(TaskAuthorizationMapping.ENGINE_TASK_MAPPING))
        .as(
            "camunda-engine's Task.xml changed: make the two changes marked «Một Cửa» in %s on"
                + " its new version, record its SHA-256 here and in that file's header, and rerun"
                + " the task list benchmark (docs/benchmark.md)",
            TaskAuthorizationMapping.OUR_TASK_MAPPING)
        .isEqualTo(ENGINE_TASK_XML_SHA256);
  }

  @Test
  void ourMapping_replacesTheEnginesTaskMapping_addsOurs_andNothingElse() throws Exception {
    String engine = read(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
    String ours =
        TaskAuthorizationMapping.SubqueryTaskAuthorization.mappings(
            ReflectUtil.getResourceAsStream(
                ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE));
    List<String> engineLines = engine.lines().toList();
    assertThat(ours.split(Pattern.quote(TaskAuthorizationMapping.OUR_AUTHORIZATION_MAPPER), -1))
        .as("our Authorization.xml, once, beside Camunda's")
        .hasSize(2);
    List<String> ourLines =
        ours.replace(TaskAuthorizationMapping.OUR_AUTHORIZATION_MAPPER, "").lines().toList();
    assertThat(ourLines).hasSameSizeAs(engineLines);
    for (int i = 0; i < engineLines.size(); i++) {
      if (engineLines.get(i).contains(TaskAuthorizationMapping.ENGINE_TASK_MAPPING)) {
        assertThat(ourLines.get(i))
            .isEqualTo(
                engineLines
                    .get(i)
                    .replace(
                        TaskAuthorizationMapping.ENGINE_TASK_MAPPING,
                        TaskAuthorizationMapping.OUR_TASK_MAPPING));
      } else {
        assertThat(ourLines.get(i)).isEqualTo(engineLines.get(i));
      }
    }
    assertThat(read(TaskAuthorizationMapping.OUR_TASK_MAPPING))
        .contains("SHA-256 " + ENGINE_TASK_XML_SHA256)
        .doesNotContain("AUTH ON (");
  }

  @Test
  void engineMappingsWithoutTheTaskMapping_areRefused() {
    InputStream changed =
        new ByteArrayInputStream(
            "<configuration><mappers/></configuration>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TaskAuthorizationMapping.SubqueryTaskAuthorization.mappings(changed))
        .hasMessageContaining(TaskAuthorizationMapping.ENGINE_TASK_MAPPING);
  }

  static String read(String resource) throws IOException {
    try (InputStream in = ReflectUtil.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String sha256(String resource) throws Exception {
    try (InputStream in = ReflectUtil.getResourceAsStream(resource)) {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
