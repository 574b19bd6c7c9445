<#ftl output_format="plainText">
<#-- invite.ics 的 DESCRIPTION：会议内容和确认链接；涉密会议只写去哪里看。 -->
<#if confidential>
涉密会议，通知全文请登录会务管理系统查看
<#else>
${content!}
</#if>
确认收到：${link}
