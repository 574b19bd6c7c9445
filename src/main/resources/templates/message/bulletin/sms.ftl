<#ftl output_format="plainText">
<#-- 通报与反馈短信：只写事由和链接，内容请登录查看。 -->
【会务管理系统】${headline}（<#if title??>${title}<#else>一项涉密会议</#if>）。详见：${link}
