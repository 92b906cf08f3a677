package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling runs the payment re-queries; the engine's job executor runs everything the processes
 * schedule.
 */
@SpringBootApplication
@EnableScheduling
public class MotCuaApplication {

  public static void main(String[] args) {
    SpringApplication.run(MotCuaApplication.class, args);
  }
}
