<#ftl output_format="plainText">
<#-- 会前提醒邮件正文（纯文本）。变量：recipientName, title（涉密会议只给有权知悉的人）, start, place, link, confidential -->
${recipientName}，您好：

提醒您按时参加以下会议：

  会议名称：<#if title??>${title}<#else>一项涉密会议</#if>
  会议时间：${start}
  会议地点：${place}

如因故不能参加，请尽快在“我的会议”中请假或指定代会人员。会议通知见：
${link}
<#if confidential>

该会议为涉密会议，会议通知、材料等请登录会务管理系统查看，不通过邮件、短信传递。
</#if>

本邮件由会务管理系统自动发送，请勿直接回复。
