<#ftl output_format="plainText">
<#-- 通知催办短信 -->
【会务管理系统】会议通知即将逾期：<#if title??>${title}<#else>一项涉密会议</#if> 的会议通知须于 ${deadline} 前发出，目前尚未起草，请尽快办理“起草会议通知”。
