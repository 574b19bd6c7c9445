<#ftl output_format="plainText">
<#-- 会议改期通知邮件的主题；不能知悉涉密会议名称的人只见新的时间。 -->
【会议改期通知】<#if title??>${title}<#else>改至 ${startShort} 的会议</#if>
