package vn.motcua.calendar.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.motcua.calendar.DayOff;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Builds the working calendar from the yearly files. The packaged files cover the years the
 * government has announced; a province adds or corrects a year by pointing {@code
 * motcua.calendar.locations} at its own files, without a rebuild.
 */
@Configuration
class CalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  WorkingCalendar workingCalendar(
      ObjectMapper objectMapper,
      @Value("${motcua.calendar.locations:classpath*:calendar/*.json}") String[] locations,
      @Value("${motcua.calendar.office-hours.opening:07:30}") LocalTime opening,
      @Value("${motcua.calendar.office-hours.closing:17:00}") LocalTime closing)
      throws IOException {
    return load(objectMapper, locations, new OfficeHours(opening, closing));
  }

  static WorkingCalendar load(ObjectMapper objectMapper, String[] locations, OfficeHours hours)
      throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    List<DayOff> daysOff = new ArrayList<>();
    Set<LocalDate> swapped = new HashSet<>();
    for (String location : locations) {
      for (Resource resource : resolver.getResources(location)) {
        try (InputStream in = resource.getInputStream()) {
          CalendarFile file = objectMapper.readValue(in, CalendarFile.class);
          file.daysOff()
              .forEach(entry -> daysOff.add(new DayOff(checkYear(file, entry), entry.name())));
          file.swappedWorkingDays().forEach(entry -> swapped.add(checkYear(file, entry)));
          log.info(
              "Calendar {} loaded from {}: {} days off, {} swapped working days",
              file.year(),
              resource.getFilename(),
              file.daysOff().size(),
              file.swappedWorkingDays().size());
        }
      }
    }
    return new WorkingCalendar(daysOff, swapped, hours);
  }

  private static LocalDate checkYear(CalendarFile file, CalendarFile.Entry entry) {
    if (entry.date().getYear() != file.year()) {
      throw new IllegalStateException(
          "Calendar " + file.year() + " lists " + entry.date() + " of another year");
    }
    return entry.date();
  }
}
