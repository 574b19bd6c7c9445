package cn.gov.agency.meeting.distribution;

import org.springframework.stereotype.Component;

/**
 * Gives the diagram's sending steps their retry cycle from configuration:
 * {@code <camunda:failedJobRetryTimeCycle>${distributionRetries.cycle}</camunda:failedJobRetryTimeCycle>}.
 */
@Component("distributionRetries")
public class DistributionRetries {

  private final DistributionSettings settings;

  DistributionRetries(DistributionSettings settings) {
    this.settings = settings;
  }

  public String getCycle() {
    return settings.retryCycle();
  }
}
