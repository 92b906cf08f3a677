package vn.motcua.interop.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.interop.NationalPortal;
import vn.motcua.interop.StatusUpdate;

/** The national portal inside the application (the default): it records each update it receives. */
@Service
@ConditionalOnProperty(
    name = "motcua.national-portal.adapter",
    havingValue = "sandbox",
    matchIfMissing = true)
@Transactional
class SandboxNationalPortal implements NationalPortal {

  private final PortalPushRepository pushes;
  private final Clock clock;

  SandboxNationalPortal(PortalPushRepository pushes, Clock clock) {
    this.pushes = pushes;
    this.clock = clock;
  }

  @Override
  public void push(StatusUpdate update) {
    pushes.save(new PortalPushEntity(update, clock.instant()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<StatusUpdate> received(int limit) {
    return pushes.findByOrderByIdDesc(PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
        .map(PortalPushEntity::toUpdate)
        .toList();
  }
}
