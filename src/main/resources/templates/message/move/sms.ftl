<#ftl output_format="plainText">
<#-- 会议改期通知短信。涉密会议不写内容，名称只写给有权知悉的人。 -->
【会务管理系统】会议改期通知：原定${previousStart}召开的<#if title??>“${title}”<#else>会议</#if>改为${startShort}在${place}召开（${movedBy}改期）。详见：${link}
