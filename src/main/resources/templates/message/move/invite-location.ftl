<#ftl output_format="plainText">
<#-- 更新后 invite.ics 的 LOCATION。 -->
${place!}
