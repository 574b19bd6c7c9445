package cn.gov.agency.meeting.distribution;

/** Process variables of 纪要印发 (minutesDistribution) beyond those of the lifecycle. */
public final class DistributionVariables {

  public static final String PROCESS_KEY = "minutesDistribution";

  public static final String DISTRIBUTION_ID = "distributionId";

  private DistributionVariables() {}
}
