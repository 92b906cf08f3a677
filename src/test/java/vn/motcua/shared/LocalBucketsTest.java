package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalBucketsTest {

  @Test
  void pastItsCapacity_aClientWaits_andOtherClientsDoNot() {
    LocalBuckets buckets = new LocalBuckets(3, Duration.ofMinutes(15), 100);
    assertThat(buckets.tryTake("198.51.100.1")).isEmpty();
    assertThat(buckets.tryTake("198.51.100.1")).isEmpty();
    assertThat(buckets.tryTake("198.51.100.1")).isEmpty();
    assertThat(buckets.tryTake("198.51.100.1"))
        .hasValueSatisfying(
            wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
    assertThat(buckets.tryTake("198.51.100.2")).isEmpty();
  }

  @Test
  void theStoreIsBounded_theLeastRecentlyUsedClientGoesFirst() {
    LocalBuckets buckets = new LocalBuckets(1, Duration.ofHours(1), 2);
    buckets.tryTake("a");
    buckets.tryTake("b");
    assertThat(buckets.tryTake("a")).as("a is still limited").isPresent();
    buckets.tryTake("c");
    assertThat(buckets.tryTake("a")).as("a, used most recently, is kept").isPresent();
    assertThat(buckets.tryTake("b")).as("b was dropped: a new bucket").isEmpty();
  }
}
