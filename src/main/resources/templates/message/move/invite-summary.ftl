<#ftl output_format="plainText">
<#-- 更新后 invite.ics 的 SUMMARY：与会议通知的邀请相同；不能知悉涉密会议名称的人只见“会议”。 -->
<#if title??>${title}<#else>会议</#if>
