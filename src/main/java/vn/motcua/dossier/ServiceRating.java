package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;
import vn.motcua.shared.VietnameseTexts;

/**
 * An applicant's rating of how a dossier was handled, per criterion, as the satisfaction part of
 * the Decision 766/QĐ-TTg index counts it (satisfied, acceptable, not satisfied), with a comment.
 */
public record ServiceRating(Map<Criterion, Level> answers, String comment, Instant ratedAt) {

  public enum Criterion {
    INFORMATION,
    RECEPTION,
    TIMELINESS,
    ATTITUDE,
    RESULT;

    /** The bundle key of the label: {@code dossier.rating.criterion.<NAME>}. */
    public String messageKey() {
      return "dossier.rating.criterion." + name();
    }

    /** The Vietnamese label. */
    public String label() {
      return VietnameseTexts.text(messageKey());
    }
  }

  public enum Level {
    SATISFIED,
    ACCEPTABLE,
    NOT_SATISFIED;

    /** The bundle key of the label: {@code dossier.rating.level.<NAME>}. */
    public String messageKey() {
      return "dossier.rating.level." + name();
    }

    /** The Vietnamese label. */
    public String label() {
      return VietnameseTexts.text(messageKey());
    }
  }
}
