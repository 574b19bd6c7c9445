package cn.gov.agency.meeting.support;

import java.util.HashMap;
import java.util.Map;

/** Valid form input the tests start from, changing only what a test is about. */
public final class SampleForms {

  private SampleForms() {}

  /** 临时会议申请 of 政策法规处, far enough ahead to be in the future for years. */
  public static Map<String, Object> adhocApplication() {
    Map<String, Object> form = new HashMap<>();
    form.put("meetingType", "work_deployment");
    form.put("meetingTitle", "政策解读部署会");
    form.put("necessity", "新政策下月施行，需统一部署解读工作");
    form.put("plannedStart", "2030-03-02T09:00");
    form.put("plannedEnd", "2030-03-02T11:30");
    form.put("place", "三楼第一会议室");
    form.put("participants", "冯刚、qianjun");
    form.put("externalGuests", "张三，市财政局");
    form.put("content", "解读新政策，分解任务");
    form.put("budgetEstimate", 1200.5);
    return form;
  }

  /** One planned meeting of an annual plan: a date or a month, and the cost as given. */
  public static Map<String, Object> planEntry(String name, String date, Integer month, int participants,
      Object cost) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("name", name);
    entry.put("meetingType", "work_deployment");
    entry.put("plannedDate", date);
    entry.put("plannedMonth", month);
    entry.put("plannedHours", 2.5);
    entry.put("place", "三楼会议室");
    entry.put("participantCount", participants);
    entry.put("participants", "处室全体人员");
    entry.put("content", "部署年度工作");
    entry.put("estimatedCost", cost);
    return entry;
  }
}
