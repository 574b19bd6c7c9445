<#ftl output_format="plainText">
<#-- invite.ics 的 SUMMARY：会议名称；不能知悉涉密会议名称的人只见“会议”。 -->
<#if title??>${title}<#else>会议</#if>
