<#ftl output_format="plainText">
<#-- cancel.ics 的 DESCRIPTION：取消原因；涉密会议只写去哪里看。 -->
会议已取消<#if reason??>，原因：${reason}<#else>，详见 ${link}</#if>
