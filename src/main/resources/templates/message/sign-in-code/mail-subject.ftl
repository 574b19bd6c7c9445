<#ftl output_format="plainText">
<#-- 签到码提醒邮件的主题 -->
【会议签到】<#if title??>${title}<#else>一项涉密会议</#if>
