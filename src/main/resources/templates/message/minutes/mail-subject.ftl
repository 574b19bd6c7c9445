<#ftl output_format="plainText">
<#-- 会议纪要印发邮件的主题 -->
【${outputDocument}印发】<#if title??>${title}<#else>一项涉密会议</#if>
