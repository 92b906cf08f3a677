package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

/**
 * An applicant's rating of how a dossier was handled, per criterion, as the satisfaction part of
 * the Decision 766/QĐ-TTg index counts it (satisfied, acceptable, not satisfied), with a comment.
 */
public record ServiceRating(Map<Criterion, Level> answers, String comment, Instant ratedAt) {

  public enum Criterion {
    INFORMATION("Công khai, hướng dẫn thủ tục"),
    RECEPTION("Tiếp nhận hồ sơ"),
    TIMELINESS("Thời gian giải quyết"),
    ATTITUDE("Thái độ, tinh thần phục vụ của cán bộ"),
    RESULT("Kết quả giải quyết");

    private final String label;

    Criterion(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public enum Level {
    SATISFIED("Hài lòng"),
    ACCEPTABLE("Chấp nhận được"),
    NOT_SATISFIED("Không hài lòng");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
