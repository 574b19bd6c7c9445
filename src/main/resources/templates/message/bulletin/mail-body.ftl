<#ftl output_format="plainText">
<#-- 通报与反馈邮件正文（纯文本）：意见建议的办理结果、决议落实进展。涉密会议不写内容，名称只写给有权知悉的人。 -->
${recipientName}，您好：

${headline}
  所属会议：<#if title??>${title}<#else>一项涉密会议</#if>

<#if bulletinText??>${bulletinText}<#else>详细内容请登录后查看。</#if>

点击下面的链接，登录后即可查看：
${link}

本邮件由会务管理系统自动发送，请勿直接回复。
