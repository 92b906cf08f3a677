package vn.motcua.paper.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.motcua.document.DocumentReferences;

/**
 * The paper module's {@link DocumentReferences}: a result frozen at approval keeps its bytes in the
 * document store (by SHA-256, {@code result_issue}), so they stay as long as its row, whatever the
 * applicant does with the same bytes in their repository.
 */
@Component
class ResultIssueReferences implements DocumentReferences {

  private final JdbcTemplate jdbc;

  ResultIssueReferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean pointsAt(UUID documentId) {
    return false;
  }

  @Override
  public boolean pointsAtContent(String sha256) {
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from result_issue where sha256 = ? and pdf_base64 is null",
            Integer.class,
            sha256);
    return rows != null && rows > 0;
  }
}
