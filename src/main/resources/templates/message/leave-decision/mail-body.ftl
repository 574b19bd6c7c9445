<#ftl output_format="plainText">
<#-- 请假审批结果邮件正文（纯文本），发给申请人。涉密会议不写代会人员和审批意见（见 MessageKind.LEAVE_DECISION）。 -->
${recipientName}，您好：

您申请不参加<#if title??>“${title}”<#else>一项涉密会议</#if>（${start}）的请假，主办部门审批结果为：${status}。
<#if substituteName??>
代会人员：${substituteName}。
</#if>
<#if refused!false>
请按时参会。
</#if>
<#if comment??>
审批意见：${comment}
</#if>
<#if confidential>
该会议为涉密会议，代会安排和审批意见请登录会务管理系统查看。
</#if>

详情见“我的会议”：${link}

本邮件由会务管理系统自动发送，请勿直接回复。<#t>
