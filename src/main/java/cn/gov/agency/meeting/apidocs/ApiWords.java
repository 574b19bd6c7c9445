package cn.gov.agency.meeting.apidocs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese words of the description: a tag per controller (springdoc names it after the class,
 * e.g. "meeting-controller") and a summary per route ("GET /api/meetings/{id}"). Kept in one place
 * rather than as annotations in every feature; ApiDocumentationTest fails for a route without them.
 */
final class ApiWords {

  private ApiWords() {}

  /** Controller tag → Chinese tag, in the order Swagger UI lists them. */
  static final Map<String, String> TAGS = ordered(
      "meeting-controller", "会议",
      "meeting-schedule-controller", "会议排期",
      "meeting-change-controller", "会议改期与取消",
      "adhoc-application-controller", "临时会议申请",
      "annual-plan-api-controller", "年度会议计划",
      "series-controller", "周期会议",
      "meeting-type-controller", "会议类型",
      "calendar-controller", "工作日历",
      "clash-controller", "参会人员冲突",
      "venue-controller", "会议室",
      "rooms-pages-controller", "会议室日历与使用率",
      "budget-controller", "会议预算",
      "budget-adjustment-controller", "预算调整",
      "notice-controller", "会议通知与回执",
      "materials-controller", "会议材料",
      "hospitality-controller", "会务接待",
      "seating-controller", "座次",
      "sign-in-controller", "签到",
      "leave-controller", "请假",
      "minutes-controller", "会议纪要",
      "distribution-controller", "纪要分发",
      "pass-on-controller", "会议精神传达",
      "follow-up-controller", "决议督办",
      "reimbursement-controller", "经费报销",
      "archive-controller", "会议归档",
      "meeting-figures-controller", "会议统计",
      "audit-controller", "审计查询",
      "notification-preference-controller", "通知偏好",
      "admin-controller", "系统管理");

  /** "METHOD path" → what the route does. */
  static final Map<String, String> SUMMARIES = ordered(
      "GET /api/meetings", "我可查看的会议列表",
      "GET /api/meetings/{id}", "一个会议的详情与筹备环节",
      "POST /api/meetings/{id}/schedule", "为计划内会议确定时间并启动会议全流程",
      "POST /api/meetings/{id}/reschedule", "会议改期（返回改期后的参会人员冲突）",
      "POST /api/meetings/{id}/cancel", "取消会议",
      "GET /api/adhoc-applications", "我的临时会议申请",
      "GET /api/adhoc-applications/{id}", "一份临时会议申请及其办理经过",
      "GET /api/adhoc-applications/{id}/clashes", "申请的参会人员冲突（审批决定前）",
      "GET /api/adhoc-applications/proposed-clashes", "填写申请时预查参会人员冲突（提交前）",
      "GET /api/plans", "年度会议计划列表",
      "GET /api/plans/{planId}", "一份年度会议计划",
      "GET /api/plans/{planId}/departments/{department}", "一个部门的计划条目",
      "POST /api/plans/{planId}/departments/{department}/entries", "新增计划条目",
      "DELETE /api/plans/{planId}/departments/{department}/entries/{entryId}", "删除计划条目",
      "PUT /api/plans/{planId}/departments/{department}/no-meetings", "申报本部门本年度无会议",
      "GET /api/series/{id}", "一个周期会议系列",
      "GET /api/meetings/{meetingId}/series", "会议所属的周期会议系列",
      "POST /api/series/{id}/cancel", "取消周期会议系列中尚未召开的会议",
      "GET /api/meeting-types", "会议类型及其规则参数",
      "GET /api/calendar", "工作日历说明（可用的查询）",
      "GET /api/calendar/working-day", "某天是否工作日",
      "GET /api/calendar/working-days-before", "某天之前第 N 个工作日",
      "GET /api/calendar/working-days-after", "某天之后第 N 个工作日",
      "GET /api/calendar/coverage", "已维护节假日安排的年份",
      "GET /api/clashes", "查询人员在某时段的参会冲突",
      "GET /api/rooms", "会议室列表",
      "GET /api/rooms/free", "某时段空闲的会议室",
      "GET /api/rooms/bookings", "会议室预订情况",
      "GET /api/meetings/calendar", "会议日历",
      "GET /api/rooms/utilisation", "会议室使用率",
      "GET /api/meetings/{id}/budget", "会议预算及其版本",
      "POST /api/meetings/{id}/budget/adjustments", "申请预算调整",
      "GET /api/meetings/{meetingId}/notice", "会议通知",
      "GET /api/meetings/{meetingId}/notice/receipts", "通知送达与回执（各渠道状态）",
      "POST /api/notice-receipts/{token}", "凭回执链接确认收到通知",
      "POST /api/meetings/{meetingId}/notice/receipts/{who}/confirm", "代为确认收到通知",
      "POST /api/meetings/{meetingId}/notice/receipts/{who}/resend", "重新发送通知",
      "GET /api/my/notices", "我的会议通知",
      "POST /api/my/notices/{recipientId}/confirm", "确认收到会议通知",
      "GET /api/meetings/{meetingId}/materials", "会议材料清单",
      "GET /api/meetings/{meetingId}/materials/{fileId}/content", "下载会议材料",
      "POST /api/meetings/{meetingId}/materials", "上传会议材料",
      "GET /api/meetings/{id}/catering", "会议用餐安排",
      "GET /api/meetings/{id}/accommodation", "会议住宿安排",
      "GET /api/meetings/{meetingId}/seating", "座次表",
      "POST /api/meetings/{meetingId}/seating", "生成座次表",
      "POST /api/meetings/{meetingId}/seating/swap", "调换两人座位",
      "POST /api/meetings/{meetingId}/seating/finalise", "确定座次表",
      "GET /api/meetings/{meetingId}/sign-in-code", "我在本会议的签到码",
      "GET /api/my/sign-in-codes", "我的签到码",
      "GET /api/sign-in-codes/{code}/qr.png", "签到码二维码图片",
      "GET /api/meetings/{meetingId}/sign-in-codes/guests", "外部嘉宾的签到码",
      "POST /api/sign-in", "扫码签到",
      "POST /api/meetings/{meetingId}/sign-in/desk", "签到台代为签到",
      "GET /api/meetings/{meetingId}/attendance", "出席情况",
      "POST /api/meetings/{meetingId}/leave-requests", "请假",
      "GET /api/meetings/{meetingId}/leave-requests", "会议的请假申请",
      "GET /api/meetings/{id}/minutes/draft", "会议纪要草稿",
      "PUT /api/meetings/{id}/minutes/draft", "保存会议纪要草稿（整份替换）",
      "GET /api/meetings/{id}/minutes", "已审定的会议纪要",
      "GET /api/meetings/{id}/minutes/versions", "会议纪要的各个版本",
      "GET /api/my/minutes", "分发给我的会议纪要",
      "GET /api/my/minutes/{recipientId}", "阅读一份分发给我的纪要",
      "POST /api/my/minutes/{recipientId}/read", "标记纪要已阅",
      "GET /api/meetings/{meetingId}/distribution", "纪要分发与阅读情况",
      "GET /api/meetings/{meetingId}/passing-on", "会议精神传达情况",
      "POST /api/meetings/{meetingId}/passing-on", "登记本部门的传达",
      "GET /api/passing-on", "各会议的传达情况汇总",
      "GET /api/meetings/{meetingId}/resolutions", "会议决议事项及督办进度",
      "GET /api/meetings/{meetingId}/resolutions/{resolutionId}", "一项决议事项",
      "GET /api/appraisal/resolutions", "决议落实考核",
      "GET /api/meetings/{meetingId}/reimbursement", "会议经费报销单",
      "POST /api/meetings/{meetingId}/reimbursement/items", "新增报销明细",
      "PUT /api/meetings/{meetingId}/reimbursement/items/{itemId}", "修改报销明细",
      "DELETE /api/meetings/{meetingId}/reimbursement/items/{itemId}", "删除报销明细",
      "POST /api/meetings/{meetingId}/reimbursement/items/{itemId}/invoices", "上传报销明细的发票",
      "GET /api/meetings/{meetingId}/reimbursement/invoices/{invoiceId}/content", "下载发票",
      "POST /api/meetings/{meetingId}/reimbursement/items/{itemId}/review", "财务审核报销明细",
      "GET /api/meetings/{id}/archive", "会议归档信息",
      "GET /api/meetings/{id}/archive/content", "下载会议档案",
      "GET /api/figures/meetings", "会议统计数据",
      "GET /api/audit/meetings/{id}/trail", "一个会议的办理经过",
      "GET /api/audit/meetings/{id}/trail.csv", "导出办理经过（CSV）",
      "GET /api/audit/trail", "按环节、人员、类别查询办理记录",
      "GET /api/notifications/preferences", "我的通知偏好",
      "PUT /api/notifications/preferences", "保存我的通知偏好",
      "POST /api/admin/deployments/check", "检查流程模型能否部署",
      "POST /api/admin/deployments", "部署流程模型",
      "POST /api/admin/migrations/plan", "预览流程实例迁移",
      "POST /api/admin/migrations", "迁移流程实例到新版本");

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
