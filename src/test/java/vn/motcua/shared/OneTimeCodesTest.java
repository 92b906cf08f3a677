package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A code sent by one node is checked by whichever node the citizen's next request reaches. */
class OneTimeCodesTest {

  static final Instant SENT = Instant.parse("2026-11-24T02:00:00Z");
  static final String SECRET = "a-key-both-nodes-read-from-configuration";

  @Test
  void aCodeSentByOneNode_isAcceptedByAnother_withTheSameConfiguredSecret() {
    OneTimeCodes sender = new OneTimeCodes(SECRET);
    OneTimeCodes checker = new OneTimeCodes(SECRET);
    String request = UUID.randomUUID().toString();
    String code = sender.newCode();
    OneTimeCode stored = new OneTimeCode(sender.hash(request, code), SENT, SENT.plusSeconds(300));

    assertThat(stored.attempt(checker.hash(request, code), SENT.plusSeconds(60), 5)).isEmpty();
  }

  @Test
  void withoutAConfiguredSecret_eachStartHasItsOwnKey_andTheOtherNodeRefusesTheCode() {
    OneTimeCodes sender = new OneTimeCodes("");
    OneTimeCodes checker = new OneTimeCodes("");
    String request = UUID.randomUUID().toString();
    String code = sender.newCode();
    OneTimeCode stored = new OneTimeCode(sender.hash(request, code), SENT, SENT.plusSeconds(300));

    assertThat(stored.attempt(checker.hash(request, code), SENT.plusSeconds(60), 5))
        .contains(OneTimeCode.Rejection.WRONG);
  }

  @Test
  void theKeyedDigest_isTheSameOnEveryNode() {
    assertThat(new OneTimeCodes(SECRET).keyedDigest("x"))
        .isEqualTo(new OneTimeCodes(SECRET).keyedDigest("x"))
        .isNotEqualTo(new OneTimeCodes("another-key-another-deployment-000").keyedDigest("x"));
  }
}
