<#ftl output_format="plainText">
<#-- 会议通知邮件的主题 -->
【会议通知】<#if title??>${title}<#else>一项涉密会议</#if>
