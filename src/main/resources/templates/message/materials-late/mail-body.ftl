<#ftl output_format="plainText">
<#-- 材料逾期提醒邮件正文（纯文本），发给主办部门的分管领导。 -->
${recipientName}：

<#if title??>${hostDepartment!}主办的会议“${title}”<#else>一项涉密会议</#if><#if start??>（${start}）</#if>的会议材料未在规定期限前报送审核。
材料页面：${link}

本邮件由会务管理系统自动发送。<#t>
