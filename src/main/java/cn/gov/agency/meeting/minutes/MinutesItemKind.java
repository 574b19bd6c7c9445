package cn.gov.agency.meeting.minutes;

/**
 * The kinds of rows of one version (table minutes_item), and which columns each uses:
 * RESOLUTION text, department, deadline; RESULT and PROPOSAL text, optional department; SPEAKER
 * person name and unit, text = topic; OPINION text, person name and unit (who raised it),
 * category, department (who must answer); ATTENDEE person name and unit, text = position,
 * category = attendance; MATERIAL text = file name, person name = uploader, material file id,
 * category = version.
 */
enum MinutesItemKind {
  RESOLUTION, RESULT, PROPOSAL, SPEAKER, OPINION, ATTENDEE, MATERIAL
}
