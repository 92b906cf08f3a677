package vn.motcua.document.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one {@link ContentStore} {@code motcua.storage.kind} asks for. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class ContentStoreConfiguration {

  @Bean
  ContentStore contentStore(StorageSettings settings, JdbcTemplate jdbc, Clock clock) {
    return switch (settings.kind()) {
      case DATABASE -> new DatabaseContentStore(jdbc, clock);
      case S3 -> S3ContentStore.connect(settings.s3(), clock);
      case FILESYSTEM -> new FilesystemContentStore(settings.documents(), clock);
    };
  }
}
