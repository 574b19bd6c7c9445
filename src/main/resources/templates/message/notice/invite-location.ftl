<#ftl output_format="plainText">
<#-- invite.ics 的 LOCATION：会议地点（会议室）。 -->
${place!}
