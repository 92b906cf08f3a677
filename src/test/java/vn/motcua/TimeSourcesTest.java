package vn.motcua;

import static com.tngtech.archunit.lang.conditions.ArchConditions.callConstructor;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethod;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The application reads the time from the one injected {@link Clock} (Vietnam's zone), never from
 * the machine's clock or zone: so it shows the same day on a server set to UTC as in Hà Nội, and
 * tests can fix the time. The JVM-zone defaults are what made a test fail every evening, UTC.
 */
class TimeSourcesTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.motcua");

  @SuppressWarnings("unchecked")
  static final ArchCondition<JavaClass> READ_THE_MACHINES_TIME =
      callMethod(Instant.class, "now")
          .or(callMethod(LocalDate.class, "now"))
          .or(callMethod(LocalDateTime.class, "now"))
          .or(callMethod(LocalTime.class, "now"))
          .or(callMethod(ZonedDateTime.class, "now"))
          .or(callMethod(OffsetDateTime.class, "now"))
          .or(callMethod(Year.class, "now"))
          .or(callMethod(YearMonth.class, "now"))
          .or(callMethod(Clock.class, "systemDefaultZone"))
          .or(callMethod(Clock.class, "systemUTC"))
          .or(callMethod(ZoneId.class, "systemDefault"))
          .or(callMethod(TimeZone.class, "getDefault"))
          .or(callMethod(Calendar.class, "getInstance"))
          .or(callConstructor(Date.class))
          .or(callMethod(System.class, "currentTimeMillis"));

  @Test
  void nothingReadsTheMachinesClockOrZone_butTheClockBeanAndTheEnginesFollower() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("vn.motcua.workflow.engine.EngineClock")
        .should(READ_THE_MACHINES_TIME)
        .because("time comes from the injected Clock in Asia/Ho_Chi_Minh (DESIGN.md, Conventions)")
        .check(MAIN);
  }

  @Test
  void vietnamsZoneIsNamedOnce() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("vn.motcua.shared.VietnameseFormats")
        .should()
        .callMethod(ZoneId.class, "of", String.class)
        .because("one constant, VietnameseFormats.VIETNAM")
        .check(MAIN);
  }
}
