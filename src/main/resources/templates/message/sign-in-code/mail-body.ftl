<#ftl output_format="plainText">
<#-- 签到码提醒邮件正文（纯文本）：签到码本身只在系统页面上。 -->
${recipientName}：

您参加的会议<#if title??>“${title}”<#else>（涉密会议）</#if>（${start}，${place}）的个人签到码已生成。签到时间：${opensAt} 起，会议开始后签到记为迟到。
请本人登录后打开 ${link} 出示签到码并扫码签到，不得代签。

本邮件由会务管理系统自动发送。<#t>
