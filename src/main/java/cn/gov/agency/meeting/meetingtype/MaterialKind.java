package cn.gov.agency.meeting.meetingtype;

/** One kind of meeting material of R3.4 (议程, 领导讲话稿 …): a stable code and its Chinese name. */
public record MaterialKind(String code, String name) {

  /** The one material every meeting needs, whatever its type declares (R3.4). */
  public static final MaterialKind AGENDA = new MaterialKind("agenda", "议程");
}
