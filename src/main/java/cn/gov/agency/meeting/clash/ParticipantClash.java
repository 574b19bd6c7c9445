package cn.gov.agency.meeting.clash;

import java.util.List;

/**
 * Someone who already takes part in meetings overlapping the period asked about (参会人员冲突).
 * {@code leader}: leads a department (department_leader), listed first.
 */
public record ParticipantClash(String userId, String name, boolean leader, List<OverlappingMeeting> meetings) {

  public ParticipantClash {
    meetings = List.copyOf(meetings);
  }

  /** "钱军（领导）：9:00—11:30 全局工作会议；14:00—15:00 占用" as the leader's form shows it. */
  public String describe() {
    return describe(meetings.size());
  }

  /** As {@link #describe()}, naming at most {@code shown} meetings and then how many there are. */
  public String describe(int shown) {
    StringBuilder text = new StringBuilder(name).append(leader ? "（领导）" : "").append("：");
    for (int i = 0; i < Math.min(shown, meetings.size()); i++) {
      text.append(i == 0 ? "" : "；").append(meetings.get(i).describe());
    }
    if (meetings.size() > shown) {
      text.append(" 等 ").append(meetings.size()).append(" 个会议");
    }
    return text.toString();
  }
}
