package cn.gov.agency.meeting.hospitality;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What R3.6 leaves to the agency: the cap on the catering standard (yuan per person per meal),
 * how many service staff may eat beyond the participants, and the most meals one meeting may have.
 */
@ConfigurationProperties("meeting.catering")
public record CateringSettings(
    @DefaultValue("100") BigDecimal maxStandardPerPerson,
    @DefaultValue("2") int serviceStaffAllowance,
    @DefaultValue("9") int maxMeals) {

  public CateringSettings {
    if (maxStandardPerPerson.signum() <= 0 || serviceStaffAllowance < 0 || maxMeals < 1) {
      throw new IllegalArgumentException(
          "meeting.catering: max-standard-per-person > 0, service-staff-allowance >= 0, max-meals >= 1");
    }
  }
}
