package cn.gov.agency.meeting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.figures.MeetingLimitSettings.Limit;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R1.2 limits per department and year: the most specific figure wins, a figure left out keeps the broader one. */
class MeetingLimitSettingsTest {

  private final MeetingLimitSettings settings = new MeetingLimitSettings(
      new Limit(24, 600, new BigDecimal("60"), new BigDecimal("200000")),
      Map.of("office", new Limit(40, null, null, null)),
      Map.of(2027, Map.of("office", new Limit(null, null, null, new BigDecimal("80000")))));

  @Test
  void r1_2_limitsAreConfiguredPerDepartmentAndYear() {
    assertThat(settings.of("policy", 2027)).isEqualTo(new Limit(24, 600, new BigDecimal("60"), new BigDecimal("200000")));
    assertThat(settings.of("office", 2026)).isEqualTo(new Limit(40, 600, new BigDecimal("60"), new BigDecimal("200000")));
    assertThat(settings.of("office", 2027)).isEqualTo(new Limit(40, 600, new BigDecimal("60"), new BigDecimal("80000")));
  }
}
