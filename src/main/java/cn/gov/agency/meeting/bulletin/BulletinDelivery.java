package cn.gov.agency.meeting.bulletin;

import java.time.LocalDateTime;

/** One message of a bulletin to one person through one channel. */
public record BulletinDelivery(String personUserId, BulletinChannel channel, BulletinDeliveryStatus status,
    LocalDateTime recordedAt) {

  public String label() {
    return channel.label() + "：" + status.label();
  }
}
