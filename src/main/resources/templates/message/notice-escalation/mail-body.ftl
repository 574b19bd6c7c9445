<#ftl output_format="plainText">
<#-- 通知催办邮件正文（纯文本），发给办公室。 -->
${recipientName}，您好：

【会务管理系统】会议通知即将逾期：<#if title??>${title}<#else>一项涉密会议</#if> 的会议通知须于 ${deadline} 前发出，目前尚未起草，请尽快办理“起草会议通知”。

本邮件由会务管理系统自动发送，请勿直接回复。<#t>
