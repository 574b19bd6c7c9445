<#ftl output_format="plainText">
<#-- 更新后 invite.ics 的 ORGANIZER 名称：主办部门；不能知悉涉密会议的人只见系统名称。 -->
<#if hostDepartment??>${hostDepartment}<#else>会务管理系统</#if>
