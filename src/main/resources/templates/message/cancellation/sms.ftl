<#ftl output_format="plainText">
<#-- 会议取消通知短信。涉密会议不写原因，名称只写给有权知悉的人。 -->
【会务管理系统】会议取消通知：原定${startShort}在${place}召开的<#if title??>“${title}”<#else>会议</#if>已取消（${cancelledBy}取消），<#if reason??>原因：${reason}。<#else>取消原因请登录系统查看。</#if>详见：${link}
