package vn.motcua.system;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.motcua.shared.VietnameseFormats;

/** Beans every module shares: the business clock (Vietnam time) and password hashing. */
@Configuration
class Infrastructure {

  @Bean
  Clock clock() {
    return Clock.system(VietnameseFormats.VIETNAM);
  }

  /**
   * A list in a JSON body may not hold null ({@code "components":[null]}): refused at reading, with
   * the element's place, instead of failing deeper in.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer noNullElements() {
    JsonSetter.Value failOnNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
    return builder ->
        builder.postConfigurer(
            mapper -> {
              mapper.configOverride(List.class).setSetterInfo(failOnNullElements);
              mapper.configOverride(Set.class).setSetterInfo(failOnNullElements);
              mapper.configOverride(Collection.class).setSetterInfo(failOnNullElements);
            });
  }

  /** bcrypt today, with the algorithm recorded in each hash so it can change without a reset. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
