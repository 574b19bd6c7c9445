package cn.gov.agency.meeting.meetingtype;

import java.util.List;

/** The fields the notice of a type asks for beyond requirements and preparations (R2, R3.3). */
public record NoticeStructure(List<NoticeField> fields) {

  public static final NoticeStructure COMMON = new NoticeStructure(List.of());

  public NoticeStructure {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
