package vn.motcua;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans every module shares: the business clock (Vietnam time) and password hashing. */
@Configuration
class Infrastructure {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }

  /** bcrypt today, with the algorithm recorded in each hash so it can change without a reset. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
