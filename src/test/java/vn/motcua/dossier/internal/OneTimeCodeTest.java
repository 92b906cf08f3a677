package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.LookupCodeRejectedException.Reason;
import vn.motcua.shared.Masks;
import vn.motcua.shared.OneTimeCodes;

/** The rules of a look-up code: hashed, single use, five tries, five minutes. */
class OneTimeCodeTest {

  static final Instant SENT = Instant.parse("2026-11-26T02:00:00Z");
  static final int MAX_ATTEMPTS = 5;

  final OneTimeCodes codes = new OneTimeCodes("a test key");
  final UUID id = UUID.randomUUID();
  final String code = codes.newCode();
  final LookupRequestEntity request =
      new LookupRequestEntity(
          id,
          "040195004321",
          codes.hash(id.toString(), code),
          SENT,
          SENT.plus(Duration.ofMinutes(5)));

  String hashOf(String candidate) {
    return codes.hash(id.toString(), candidate);
  }

  String wrong() {
    return code.equals("000000") ? "111111" : "000000";
  }

  @Test
  void codesAreSixDigits_andStoredOnlyAsAKeyedHash() {
    assertThat(code).matches("\\d{6}");
    assertThat(request.codeHash()).matches("[0-9a-f]{64}").doesNotContain(code);
    assertThat(new OneTimeCodes("another key").hash(id.toString(), code))
        .isNotEqualTo(request.codeHash());
    assertThat(codes.hash(UUID.randomUUID().toString(), code))
        .as("salted by the request")
        .isNotEqualTo(request.codeHash());
  }

  @Test
  void theRightCode_opensOnce_andGivesUpTheCitizenIdOnce() {
    assertThat(request.attempt(hashOf(code), SENT.plusSeconds(60), MAX_ATTEMPTS)).isEmpty();
    assertThat(request.takeCitizenId()).isEqualTo("040195004321");
    assertThat(request.attempt(hashOf(code), SENT.plusSeconds(61), MAX_ATTEMPTS))
        .contains(Reason.USED);
    assertThat(request.takeCitizenId()).isNull();
  }

  @Test
  void afterFiveWrongTries_evenTheRightCodeIsRefused() {
    for (int i = 1; i <= MAX_ATTEMPTS; i++) {
      assertThat(request.attempt(hashOf(wrong()), SENT.plusSeconds(i), MAX_ATTEMPTS))
          .as("try " + i)
          .contains(Reason.WRONG);
    }
    assertThat(request.attempt(hashOf(code), SENT.plusSeconds(10), MAX_ATTEMPTS))
        .contains(Reason.TOO_MANY_ATTEMPTS);
    assertThat(request.attempts()).isEqualTo(MAX_ATTEMPTS);
  }

  @Test
  void fourWrongTries_stillLeaveTheRightOne() {
    for (int i = 1; i < MAX_ATTEMPTS; i++) {
      request.attempt(hashOf(wrong()), SENT.plusSeconds(i), MAX_ATTEMPTS);
    }
    assertThat(request.attempt(hashOf(code), SENT.plusSeconds(10), MAX_ATTEMPTS)).isEmpty();
  }

  @Test
  void theCodeExpires_atFiveMinutes() {
    assertThat(request.attempt(hashOf(code), SENT.plus(Duration.ofMinutes(5)), MAX_ATTEMPTS))
        .contains(Reason.EXPIRED);
    assertThat(request.attempts()).as("an expired code does not count a try").isZero();
    assertThat(
            request.attempt(
                hashOf(code), SENT.plus(Duration.ofMinutes(5)).minusMillis(1), MAX_ATTEMPTS))
        .isEmpty();
  }

  @Test
  void aDecoyPhone_looksReal_andIsTheSameForTheSameId() {
    String decoy = Masks.decoyPhone(codes.keyedDigest("phone:001099000001"));
    assertThat(decoy).matches("0[35789]\\*{6}\\d{2}");
    assertThat(Masks.decoyPhone(codes.keyedDigest("phone:001099000001"))).isEqualTo(decoy);
  }
}
