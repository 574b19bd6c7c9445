<#ftl output_format="plainText">
<#-- 通报与反馈邮件的主题 -->
【会务管理系统】${headline} — <#if title??>${title}<#else>一项涉密会议</#if>
