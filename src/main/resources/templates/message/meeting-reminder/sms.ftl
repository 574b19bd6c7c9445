<#ftl output_format="plainText">
<#-- 会前提醒短信 -->
【会务管理系统】会前提醒：<#if title??>${title}<#else>一项涉密会议</#if>，${startShort}，${place}。请准时参会，详见：${link}
