<#ftl output_format="plainText">
<#-- 会议取消通知邮件的主题；不能知悉涉密会议名称的人只见原定时间。 -->
【会议取消通知】<#if title??>${title}<#else>${startShort} 的会议</#if>
