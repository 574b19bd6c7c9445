<#ftl output_format="plainText">
<#-- 材料逾期提醒邮件的主题 -->
【会务管理系统】会议材料逾期未报送：<#if title??>${title}<#else>一项涉密会议</#if>
