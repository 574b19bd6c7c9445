<#ftl output_format="plainText">
<#-- 会前提醒邮件正文（纯文本）。变量：recipientName, meetingTitle, start, place, link -->
${recipientName}，您好：

提醒您按时参加以下会议：

  会议名称：${meetingTitle}
  会议时间：${start}
  会议地点：${place}

如因故不能参加，请尽快在“我的会议”中请假或指定代会人员。会议通知见：
${link}

本邮件由会务管理系统自动发送，请勿直接回复。
