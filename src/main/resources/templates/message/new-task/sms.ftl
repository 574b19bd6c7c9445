<#ftl output_format="plainText">
<#-- 待办提醒短信（紧急待办、即将到期）：一两条短信的长度，链接给出其余。 -->
【会务管理系统】<#if dueSoon>待办即将到期：<#else>紧急待办：</#if>${taskName}（<#if title??>${title}<#else>一项涉密会议</#if>）<#if due??>，期限${due}</#if>。请尽快办理：${link}
