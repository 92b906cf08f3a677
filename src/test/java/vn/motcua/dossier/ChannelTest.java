package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.FeeSchedule;

/**
 * A fee may depend on the channel a dossier came through; the catalogue knows the channels by the
 * names of this enum, so a new channel must be known to the fee schedules too.
 */
class ChannelTest {

  @Test
  void everyChannelIsOneAFeeScheduleCanName() {
    assertThat(Arrays.stream(Channel.values()).map(Enum::name))
        .containsExactlyInAnyOrderElementsOf(FeeSchedule.CHANNELS);
  }
}
