package vn.motcua.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgenciesChanged;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyTree;

@Service
@Transactional(readOnly = true)
class AgencyService implements Agencies {

  private final AgencyRepository agencies;
  private final AgencyLevelRepository levels;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AgencyService(
      AgencyRepository agencies,
      AgencyLevelRepository levels,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agencies = agencies;
    this.clock = clock;
    this.levels = levels;
    this.events = events;
  }

  @Override
  public Optional<Agency> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    // by primary key only: no query to compile, and the persistence context may already hold both
    // rows
    return agencies.findById(id).map(a -> toAgency(a, levels.findById(a.levelCode()).orElse(null)));
  }

  @Override
  public List<Agency> all() {
    Map<String, AgencyLevelEntity> levelsByCode = levelsByCode();
    LocalDate today = LocalDate.now(clock);
    List<Agency> result = new ArrayList<>();
    for (AgencyEntity entity : agencies.findAll()) {
      Agency agency = toAgency(entity, levelsByCode.get(entity.levelCode()));
      if (agency.isValidOn(today)) {
        result.add(agency);
      }
    }
    result.sort(
        Comparator.comparingInt((Agency a) -> levelsByCode.get(a.levelCode()).rank())
            .thenComparing(Agency::name));
    return result;
  }

  @Override
  public List<AgencyTree.Level> levels() {
    return levels.findAll().stream()
        .sorted(Comparator.comparingInt(AgencyLevelEntity::rank))
        .map(l -> new AgencyTree.Level(l.code(), l.name(), l.rank()))
        .toList();
  }

  @Override
  @Transactional
  public void importTree(AgencyTree tree) {
    for (AgencyTree.Level level : tree.levels()) {
      levels
          .findById(level.code())
          .ifPresentOrElse(
              existing -> existing.update(level.name(), level.rank()),
              () -> levels.save(new AgencyLevelEntity(level.code(), level.name(), level.rank())));
    }
    levels.flush();
    for (AgencyTree.Node node : tree.agencies()) {
      if (levels.findById(node.level()).isEmpty()) {
        throw new IllegalArgumentException(
            "agency " + node.id() + " has unknown level " + node.level());
      }
      if (node.parent() != null && agencies.findById(node.parent()).isEmpty()) {
        throw new IllegalArgumentException(
            "agency " + node.id() + " names unknown parent " + node.parent());
      }
      AgencyEntity entity =
          agencies.findById(node.id()).orElseGet(() -> new AgencyEntity(node.id()));
      entity.update(
          node.code(),
          node.name(),
          node.level(),
          node.parent(),
          node.oneStopDesk(),
          node.validFrom(),
          node.validTo(),
          new LinkedHashSet<>(node.predecessors() == null ? List.of() : node.predecessors()));
      agencies.saveAndFlush(entity);
    }
    events.publishEvent(new AgenciesChanged(tree.agencies().size()));
  }

  private Map<String, AgencyLevelEntity> levelsByCode() {
    Map<String, AgencyLevelEntity> map = new HashMap<>();
    levels.findAll().forEach(l -> map.put(l.code(), l));
    return map;
  }

  private static Agency toAgency(AgencyEntity a, AgencyLevelEntity level) {
    return new Agency(
        a.id(),
        a.code(),
        a.name(),
        a.levelCode(),
        level == null ? a.levelCode() : level.name(),
        a.parentId(),
        a.oneStopDesk(),
        a.validFrom(),
        a.validTo(),
        List.copyOf(a.predecessorIds()));
  }
}
