package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import java.time.LocalDateTime;

/** One message of the minutes to one recipient through one channel. */
public record MinutesDelivery(long recipientId, DistributionChannel channel, DeliveryStatus status,
    LocalDateTime recordedAt, String recordedBy) {

  public String channelLabel() {
    return channel.label();
  }

  public String statusLabel() {
    return status.label();
  }
}
