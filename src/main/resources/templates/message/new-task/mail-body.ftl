<#ftl output_format="plainText">
<#-- 待办提醒邮件正文（纯文本）。变量：recipientName, taskName, title（涉密会议只给有权知悉的人）, due（可无）, urgent, dueSoon, link -->
${recipientName}，您好：

<#if dueSoon>您有一项待办事项即将到期，请在期限前办理。<#else>您有一项新的待办事项<#if urgent>（紧急）</#if>，请及时办理。</#if>

  待办事项：${taskName}
  所属会议：<#if title??>${title}<#else>一项涉密会议</#if>
<#if due??>
  办理期限：${due}
</#if>

点击下面的链接，登录后即可在任务列表中打开该事项：
${link}

本邮件由会务管理系统自动发送，请勿直接回复。
