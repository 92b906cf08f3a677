package vn.motcua.catalog.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgencyTree;

/**
 * Loads the demo province (Nghệ An after the 2025 reform) in the demo profile; a deployment loads
 * its own tree.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAgencies implements ApplicationRunner {

  private final Agencies agencies;
  private final ObjectMapper objectMapper;

  DemoAgencies(Agencies agencies, ObjectMapper objectMapper) {
    this.agencies = agencies;
    this.objectMapper = objectMapper;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try (InputStream in = new ClassPathResource("demo/agencies-nghean.json").getInputStream()) {
      agencies.importTree(objectMapper.readValue(in, AgencyTree.class));
    }
  }
}
