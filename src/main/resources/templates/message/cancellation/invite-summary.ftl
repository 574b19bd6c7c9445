<#ftl output_format="plainText">
<#-- cancel.ics 的 SUMMARY。 -->
【已取消】<#if title??>${title}<#else>会议</#if>
