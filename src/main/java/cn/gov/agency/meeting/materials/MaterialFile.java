package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.upload.FileFacts;
import java.time.LocalDateTime;

/** One uploaded version of one material kind; its bytes are read only for a download. */
public record MaterialFile(long id, long meetingId, String kind, int version, String fileName,
    String contentType, long sizeBytes, String sha256, String uploadedBy, String uploadedByName,
    LocalDateTime uploadedAt) {

  public String sizeLabel() {
    return FileFacts.readableSize(sizeBytes);
  }
}
