<#ftl output_format="plainText">
<#-- 会前提醒邮件的主题 -->
【会前提醒】<#if title??>${title}<#else>一项涉密会议</#if>
