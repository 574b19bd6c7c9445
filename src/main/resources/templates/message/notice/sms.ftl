<#ftl output_format="plainText">
<#-- 会议通知短信（重要会议）。涉密会议：不写内容，名称只写给有权知悉的人。 -->
<#if confidential>
【会务管理系统】会议通知：您有一份<#if title??>“${title}”的<#else>涉密会议的</#if>通知待阅（${startShort}，${place}），请登录系统查看并确认收到：${link}
<#else>
【会务管理系统】会议通知：${title}，${startShort}，${place}。请点击确认收到：${link}
</#if>
