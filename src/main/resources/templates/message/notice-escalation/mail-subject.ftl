<#ftl output_format="plainText">
<#-- 通知催办邮件的主题 -->
【会务管理系统】会议通知即将逾期：<#if title??>${title}<#else>一项涉密会议</#if>
