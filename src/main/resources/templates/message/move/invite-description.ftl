<#ftl output_format="plainText">
<#-- 更新后 invite.ics 的 DESCRIPTION：只写改期，通知全文仍在系统中查看。 -->
会议已由 ${previousStart} 改至 ${start}（${movedBy}改期），详见 ${link}
