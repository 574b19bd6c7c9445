<#ftl output_format="plainText">
<#-- 待办提醒邮件的主题 -->
【会务管理系统】<#if dueSoon>待办即将到期：<#else>新待办：</#if>${taskName} — <#if title??>${title}<#else>一项涉密会议</#if>
