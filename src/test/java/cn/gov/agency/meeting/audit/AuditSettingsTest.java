package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {

  @Test
  void retentionIsANumberOfDaysBecauseTheEngineCountsOnlyDays() {
    assertThat(new AuditSettings(Period.parse("P1825D")).retentionDays()).isEqualTo(1825);
    assertThatThrownBy(() -> new AuditSettings(Period.parse("P5Y"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AuditSettings(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
