<#ftl output_format="plainText">
<#-- cancel.ics 的 LOCATION：原定地点。 -->
${place!}
