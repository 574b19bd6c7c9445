<#ftl output_format="plainText">
<#-- 请假审批结果邮件的主题 -->
【会务管理系统】请假申请${status}：<#if title??>${title}<#else>一项涉密会议</#if>
