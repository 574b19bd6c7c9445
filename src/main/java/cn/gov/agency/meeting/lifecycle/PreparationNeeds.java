package cn.gov.agency.meeting.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * What the office settles when preparation starts: several notice channels (R3.3), meals (R3.6),
 * rooms (R3.7), and whether the meeting is confidential (R5.2).
 */
public record PreparationNeeds(boolean important, boolean catering, boolean accommodation, boolean confidential) {

  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(important ? "重要会议（多渠道通知）" : "一般会议");
    parts.add(catering ? "需安排用餐" : "不安排用餐");
    parts.add(accommodation ? "需安排住宿" : "不安排住宿");
    if (confidential) {
      parts.add("涉密会议");
    }
    return String.join("，", parts);
  }
}
