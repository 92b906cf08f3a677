package vn.motcua.document.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.document.DocumentReferences;

/**
 * Deletes released bytes that nothing holds any more: no repository row (listed or removed), no
 * record of another module ({@link DocumentReferences}), and no write that met them within the
 * grace period. Not at removal time, because the bytes are shared: an upload of the same bytes or a
 * dossier reusing the document may be committing just then, and neither is visible to the removal's
 * transaction. The grace period outlasts any such transaction; a node running it twice only finds
 * the work done.
 */
@Component
class ContentSweeper {

  private static final Logger log = LoggerFactory.getLogger(ContentSweeper.class);

  private final ContentReleaseRepository releases;
  private final DocumentEntityRepository documents;
  private final ObjectProvider<DocumentReferences> references;
  private final ContentStore store;
  private final Clock clock;
  private final Duration grace;
  private final TransactionTemplate transaction;

  ContentSweeper(
      ContentReleaseRepository releases,
      DocumentEntityRepository documents,
      ObjectProvider<DocumentReferences> references,
      ContentStore store,
      Clock clock,
      @Value("${motcua.storage.release-grace:PT1H}") Duration grace,
      PlatformTransactionManager transactionManager) {
    this.releases = releases;
    this.documents = documents;
    this.references = references;
    this.store = store;
    this.clock = clock;
    this.grace = grace;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @Scheduled(
      fixedDelayString = "${motcua.storage.sweep-interval:PT15M}",
      initialDelayString = "${motcua.storage.sweep-interval:PT15M}")
  void sweep() {
    Instant cutoff = Instant.now(clock).minus(grace);
    for (ContentReleaseEntity release :
        releases.findTop100ByReleasedAtBeforeOrderByReleasedAt(cutoff)) {
      transaction.executeWithoutResult(status -> sweep(release.sha256(), cutoff));
    }
  }

  private void sweep(String sha, Instant cutoff) {
    if (documents.existsBySha256(sha)
        || references.stream().anyMatch(r -> r.pointsAtContent(sha))) {
      releases.deleteById(sha);
      return;
    }
    switch (store.deleteUnlessWrittenAfter(sha, cutoff)) {
      case DELETED -> {
        log.info("Deleted released document content {}", sha);
        releases.deleteById(sha);
      }
      case ABSENT -> releases.deleteById(sha);
      case WRITTEN_LATELY -> {} // looked at again by a later sweep, when whatever wrote it has
        // committed or rolled back
    }
  }
}
