package cn.gov.agency.meeting.distribution;

import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDateTime;

/** One message of the minutes to one recipient through one channel. */
public record MinutesDelivery(long recipientId, DistributionChannel channel, DeliveryStatus status,
    LocalDateTime recordedAt, String recordedBy) {

  @JsonProperty
  public String channelLabel() {
    return channel.label();
  }

  /** In the API too: a client must be able to show 发送中断，待核实是否收到 as the page does. */
  @JsonProperty
  public String statusLabel() {
    return status.label();
  }

  /** The office has to ask the person whether the mail arrived: it was not sent again. */
  public boolean unconfirmed() {
    return status == DeliveryStatus.UNCONFIRMED;
  }
}
