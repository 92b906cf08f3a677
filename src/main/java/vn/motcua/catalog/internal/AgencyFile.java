package vn.motcua.catalog.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgencyTree;

/**
 * Imports the agency tree of {@code motcua.agencies.file} (a path, {@code file:} or {@code
 * classpath:}) at every start, through the same checked and audited import as the administrators'
 * API; unset, nothing is loaded. The demo profile names its Nghệ An tree here. A tree with problems
 * stops the start, naming every one.
 */
@Component
@Order(10)
class AgencyFile implements ApplicationRunner {

  static final String ACTOR = "system";

  private final Agencies agencies;
  private final ObjectMapper objectMapper;
  private final ResourceLoader resources;
  private final String location;

  AgencyFile(
      Agencies agencies,
      ObjectMapper objectMapper,
      ResourceLoader resources,
      @Value("${motcua.agencies.file:}") String location) {
    this.agencies = agencies;
    this.objectMapper = objectMapper;
    this.resources = resources;
    this.location = location;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (location == null || location.isBlank()) {
      return;
    }
    String name = location.trim();
    // a bare path is a file: the web application context would look for it in the servlet context
    Resource resource =
        name.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX) || name.startsWith("file:")
            ? resources.getResource(name)
            : new FileSystemResource(name);
    if (!resource.exists()) {
      throw new IllegalStateException("motcua.agencies.file names no file: " + location);
    }
    AgencyTree tree;
    try (InputStream in = resource.getInputStream()) {
      tree = objectMapper.readValue(in, AgencyTree.class);
    }
    agencies.importTree(tree, ACTOR, name);
  }
}
