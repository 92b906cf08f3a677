package vn.motcua.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.catalog.Agencies;
import vn.motcua.catalog.AgenciesChanged;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.AgencyImport;
import vn.motcua.catalog.AgencyProblem;
import vn.motcua.catalog.AgencyTree;
import vn.motcua.catalog.InvalidAgencyTreeException;

@Service
@Transactional(readOnly = true)
class AgencyService implements Agencies {

  private static final Logger log = LoggerFactory.getLogger(AgencyService.class);

  static final String ADDED = "ADDED";
  static final String CHANGED = "CHANGED";

  private final AgencyRepository agencies;
  private final AgencyLevelRepository levels;
  private final AgencyImportRepository imports;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  private static final long SNAPSHOT_NANOS = Duration.ofSeconds(30).toNanos();

  private volatile AgencySnapshot snapshot;

  AgencyService(
      AgencyRepository agencies,
      AgencyLevelRepository levels,
      AgencyImportRepository imports,
      ApplicationEventPublisher events,
      Clock clock) {
    this.agencies = agencies;
    this.levels = levels;
    this.imports = imports;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public Optional<Agency> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(snapshot().byId().get(id));
  }

  @Override
  public List<Agency> all() {
    LocalDate today = LocalDate.now(clock);
    return snapshot().ordered().stream().filter(a -> a.isValidOn(today)).toList();
  }

  /**
   * Every agency, as read at most {@link #SNAPSHOT_NANOS} ago. A dossier's every step asks for its
   * agencies (the desk's heading, the transfer choices, the slip), and the tree changes a few times
   * a year: reading it each time was a twentieth of a dossier's CPU (LifecycleBenchmark's profile).
   * An import on this node is seen at once; one on another node within the snapshot's age.
   */
  private AgencySnapshot snapshot() {
    AgencySnapshot current = snapshot;
    if (current == null || System.nanoTime() - current.readAt() > SNAPSHOT_NANOS) {
      current = read();
      snapshot = current;
    }
    return current;
  }

  private AgencySnapshot read() {
    Map<String, AgencyLevelEntity> levelsByCode = levelsByCode();
    Map<String, Agency> byId = new HashMap<>();
    for (AgencyEntity entity : agencies.findAll()) {
      byId.put(entity.id(), entity.toAgency(levelsByCode.get(entity.levelCode())));
    }
    List<Agency> ordered = new ArrayList<>(byId.values());
    ordered.sort(
        Comparator.comparingInt(
                (Agency a) -> {
                  AgencyLevelEntity level = levelsByCode.get(a.levelCode());
                  return level == null ? Integer.MAX_VALUE : level.rank();
                })
            .thenComparing(Agency::name));
    return new AgencySnapshot(Map.copyOf(byId), List.copyOf(ordered), System.nanoTime());
  }

  private record AgencySnapshot(Map<String, Agency> byId, List<Agency> ordered, long readAt) {}

  @Override
  public Optional<Agency> serving(String areaId, String kind) {
    if (areaId == null) {
      return Optional.empty();
    }
    String wanted = kind == null ? Agency.PEOPLES_COMMITTEE : kind;
    LocalDate today = LocalDate.now(clock);
    if (Agency.PEOPLES_COMMITTEE.equals(wanted)) {
      return find(areaId).filter(a -> a.kind().equals(wanted) && a.isValidOn(today));
    }
    Map<String, AgencyLevelEntity> levelsByCode = levelsByCode();
    return agencies.findServing(areaId, wanted).stream()
        .map(a -> a.toAgency(levelsByCode.get(a.levelCode())))
        .filter(a -> a.isValidOn(today))
        // the lowest in the tree (the commune police before a provincial office), then by id
        .sorted(
            Comparator.comparingInt((Agency a) -> -levelsByCode.get(a.levelCode()).rank())
                .thenComparing(Agency::id))
        .findFirst();
  }

  @Override
  public List<AgencyTree.Level> levels() {
    return levels.findAll().stream()
        .sorted(Comparator.comparingInt(AgencyLevelEntity::rank))
        .map(l -> new AgencyTree.Level(l.code(), l.name(), l.rank()))
        .toList();
  }

  @Override
  public AgencyTree tree() {
    List<AgencyTree.Level> all = levels();
    Map<String, Integer> rank = new HashMap<>();
    all.forEach(l -> rank.put(l.code(), l.rank()));
    Map<String, AgencyTree.Node> byLevel = new LinkedHashMap<>();
    storedNodes().values().stream()
        .sorted(
            Comparator.comparingInt((AgencyTree.Node n) -> rank.getOrDefault(n.level(), 0))
                .thenComparing(AgencyTree.Node::id))
        .forEach(n -> byLevel.put(n.id(), n));
    return new AgencyTree(all, parentsFirst(byLevel));
  }

  @Override
  @Transactional
  public AgencyImport importTree(AgencyTree tree, String actor, String source) {
    Map<String, AgencyTree.Node> stored = storedNodes();
    Map<String, AgencyTree.Level> storedLevels = new HashMap<>();
    levels().forEach(l -> storedLevels.put(l.code(), l));
    List<AgencyProblem> problems = AgencyTreeValidator.check(tree, stored, storedLevels);
    if (!problems.isEmpty()) {
      log.warn("Agency tree from {} by {} refused, nothing changed: {}", source, actor, problems);
      throw new InvalidAgencyTreeException(problems);
    }
    List<AgencyImportEntity.Change> changes = new ArrayList<>();
    for (AgencyTree.Level level : tree.levels()) {
      AgencyTree.Level before = storedLevels.get(level.code());
      if (before == null) {
        levels.save(new AgencyLevelEntity(level.code(), level.name(), level.rank()));
        changes.add(
            new AgencyImportEntity.Change(
                null, level.code(), ADDED, "name=" + level.name() + "; rank=" + level.rank()));
      } else if (!before.equals(level)) {
        levels.findById(level.code()).orElseThrow().update(level.name(), level.rank());
        changes.add(
            new AgencyImportEntity.Change(
                null, level.code(), CHANGED, levelDifference(before, level)));
      }
    }
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    Map<String, AgencyTree.Node> incoming = new LinkedHashMap<>();
    tree.agencies().stream().map(AgencyNodes::normalise).forEach(n -> incoming.put(n.id(), n));
    // parents before children: a new agency's row is written after its parent's
    for (AgencyTree.Node node : parentsFirst(incoming)) {
      AgencyTree.Node before = stored.get(node.id());
      if (before == null) {
        AgencyEntity entity = new AgencyEntity(node.id());
        entity.update(node);
        agencies.save(entity);
        changes.add(
            new AgencyImportEntity.Change(node.id(), null, ADDED, AgencyNodes.describe(node)));
        added++;
      } else if (!before.equals(node)) {
        agencies.findById(node.id()).orElseThrow().update(node);
        changes.add(
            new AgencyImportEntity.Change(
                node.id(), null, CHANGED, AgencyNodes.difference(before, node)));
        changed++;
      } else {
        unchanged++;
      }
    }
    agencies.flush();
    AgencyImportEntity audit =
        imports.save(
            new AgencyImportEntity(
                limit(actor, 100),
                limit(source, 255),
                Instant.now(clock),
                added,
                changed,
                unchanged,
                changes));
    log.info(
        "Agency tree imported from {} by {} (import {}): {} added, {} changed, {} unchanged",
        source,
        actor,
        audit.toImport().id(),
        added,
        changed,
        unchanged);
    for (AgencyImportEntity.Change change : changes) {
      AgencyImport.Change c = change.toChange();
      log.info(
          "Agency import {}: {} {} {}: {}",
          audit.toImport().id(),
          c.action(),
          c.agency() != null ? "agency" : "level",
          c.agency() != null ? c.agency() : c.level(),
          c.details());
    }
    snapshot = null;
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            // what a reader took between the import's writes and its commit is not kept
            snapshot = null;
          }
        });
    events.publishEvent(new AgenciesChanged(added + changed));
    return audit.toImport();
  }

  @Override
  public List<AgencyImport> audit(int limit) {
    return imports
        .findAll(PageRequest.of(0, Math.max(1, limit), Sort.by(Sort.Direction.DESC, "id")))
        .stream()
        .map(AgencyImportEntity::toImport)
        .toList();
  }

  private Map<String, AgencyTree.Node> storedNodes() {
    Map<String, AgencyTree.Node> nodes = new LinkedHashMap<>();
    agencies.findAll().stream()
        .map(AgencyEntity::toNode)
        .sorted(Comparator.comparing(AgencyTree.Node::id))
        .forEach(n -> nodes.put(n.id(), n));
    return nodes;
  }

  /**
   * The nodes ordered so that each comes after its parent when the parent is among them; otherwise
   * in the given order. The tree has no cycle (checked before).
   */
  private static List<AgencyTree.Node> parentsFirst(Map<String, AgencyTree.Node> nodes) {
    List<AgencyTree.Node> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    for (AgencyTree.Node node : nodes.values()) {
      place(node, nodes, placed, ordered);
    }
    return ordered;
  }

  private static void place(
      AgencyTree.Node node,
      Map<String, AgencyTree.Node> nodes,
      Set<String> placed,
      List<AgencyTree.Node> ordered) {
    if (placed.contains(node.id())) {
      return;
    }
    placed.add(node.id());
    AgencyTree.Node parent = node.parent() == null ? null : nodes.get(node.parent());
    if (parent != null) {
      place(parent, nodes, placed, ordered);
    }
    ordered.add(node);
  }

  private static String levelDifference(AgencyTree.Level before, AgencyTree.Level after) {
    List<String> parts = new ArrayList<>();
    if (!before.name().equals(after.name())) {
      parts.add("name: " + before.name() + " -> " + after.name());
    }
    if (before.rank() != after.rank()) {
      parts.add("rank: " + before.rank() + " -> " + after.rank());
    }
    return String.join("; ", parts);
  }

  private static String limit(String s, int length) {
    String value = s == null || s.isBlank() ? "unknown" : s;
    return value.length() <= length ? value : value.substring(0, length);
  }

  private Map<String, AgencyLevelEntity> levelsByCode() {
    Map<String, AgencyLevelEntity> map = new HashMap<>();
    levels.findAll().forEach(l -> map.put(l.code(), l));
    return map;
  }
}
