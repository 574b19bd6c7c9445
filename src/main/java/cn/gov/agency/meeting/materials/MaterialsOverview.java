package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.meetingtype.MaterialKind;
import java.util.List;

/**
 * What the materials page and API show of one meeting: each required (or uploaded) kind with its
 * versions, what is still missing, the print quantity, and every submission with its review.
 * {@code status} is null before preparation starts.
 */
public record MaterialsOverview(long meetingId, String meetingTitle, String hostDepartmentCode,
    MaterialsStatus status, String statusLabel, boolean late, List<KindView> kinds, List<String> missing,
    int participantCount, int spareCopies, int printCopies, List<MaterialSubmission> submissions,
    List<MaterialKind> allKinds) {

  public boolean open() {
    return status == MaterialsStatus.OPEN;
  }

  /** One kind with every version uploaded, newest first. */
  public record KindView(String code, String name, boolean required, List<MaterialFile> versions) {}
}
