package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.FeeSchedule;

/**
 * A fee may depend on the channel a dossier came through; the catalogue knows the channels by the
 * names of this enum, so every channel must be one a fee schedule can name, directly or as the
 * channel it pays as (a dossier from the national portal pays what online ones pay).
 */
class ChannelTest {

  @Test
  void everyChannelIsOneAFeeScheduleCanName() {
    assertThat(Arrays.stream(Channel.values()).map(Channel::feeChannel).distinct())
        .containsExactlyInAnyOrderElementsOf(FeeSchedule.CHANNELS);
    assertThat(Channel.NATIONAL_PORTAL.feeChannel()).isEqualTo("ONLINE");
  }
}
