package cn.gov.agency.meeting.my;

import cn.gov.agency.meeting.distribution.MyMinutes;
import cn.gov.agency.meeting.followup.FollowUp;
import cn.gov.agency.meeting.leave.MyMeeting;
import cn.gov.agency.meeting.materials.MaterialFile;
import cn.gov.agency.meeting.notice.MyCancellation;
import cn.gov.agency.meeting.notice.MyMove;
import cn.gov.agency.meeting.notice.MyNotice;
import cn.gov.agency.meeting.signin.MySignInCode;
import java.util.List;

/**
 * Everything 我的会议 shows one person, each part from the feature that owns it: upcoming meetings
 * with their materials, meetings moved or called off that they were told of, notices, sign-in codes, minutes
 * distributed to them and the open resolutions their department carries out.
 */
public record MyPage(String name, String departmentName, List<Upcoming> meetings, int meetingsInAll, List<MyMove> moves,
    List<MyCancellation> cancellations, List<MyNotice> notices,
    List<MySignInCode> signInCodes, List<MyMinutes> minutes, List<FollowUp> resolutions) {

  /** An upcoming meeting and the latest version of each of its materials. */
  public record Upcoming(MyMeeting item, List<MaterialFile> materials) {}
}
