package vn.motcua.applicant.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lockout after wrong passwords ({@code motcua.accounts.lockout.*}), counted in the account's
 * row so that it holds across nodes and against guesses sent all at once: a password check starts
 * only while the account is not locked and its wrong passwords in a row and the checks under way
 * stay below the threshold. Each method has its own transaction: what it counts stays, whatever
 * becomes of the sign-in.
 */
@Service
class SignInLockout {

  /**
   * Whether a password check may start: yes, no (the account is locked), or not yet (other checks
   * are under way).
   */
  enum CheckStart {
    STARTED,
    LOCKED,
    BUSY
  }

  /**
   * Far longer than any password check takes: a check counted longer ago was lost with its node.
   */
  private static final Duration STALE_CHECK = Duration.ofMinutes(1);

  private final ApplicantAccountRepository accounts;
  private final Clock clock;
  private final int threshold;
  private final Duration duration;

  SignInLockout(
      ApplicantAccountRepository accounts,
      Clock clock,
      @Value("${motcua.accounts.lockout.threshold:5}") int threshold,
      @Value("${motcua.accounts.lockout.duration:PT15M}") Duration duration) {
    this.accounts = accounts;
    this.clock = clock;
    this.threshold = threshold;
    this.duration = duration;
  }

  /**
   * Starts a check of the account's password, if it may; a started check must be ended ({@link
   * #endPasswordCheck}).
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public CheckStart startPasswordCheck(String username) {
    Instant now = clock.instant();
    if (accounts.startCheck(username, threshold, now, now.minus(STALE_CHECK)) == 1) {
      return CheckStart.STARTED;
    }
    return accounts.findById(username).filter(a -> a.lockedAt(now)).isPresent()
        ? CheckStart.LOCKED
        : CheckStart.BUSY;
  }

  /**
   * Ends a started check: a wrong password counts (the threshold-th in a row locks the account), a
   * right one clears the count.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void endPasswordCheck(String username, boolean right) {
    if (right) {
      accounts.endRightCheck(username);
    } else {
      accounts.endWrongCheck(username, threshold, clock.instant().plus(duration));
    }
  }

  /**
   * A sign-in by any door (the e-ID too, which proves who the citizen is) clears the wrong
   * passwords and the lock.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void signedIn(String username) {
    accounts.findForUpdate(username).ifPresent(ApplicantAccount::succeededLogin);
  }
}
