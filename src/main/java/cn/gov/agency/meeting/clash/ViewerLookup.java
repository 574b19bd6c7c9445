package cn.gov.agency.meeting.clash;

import cn.gov.agency.meeting.security.CurrentUser;
import java.util.Optional;

/** The user and their groups behind a user id, to ask {@code MeetingAccess} what they may see. */
interface ViewerLookup {

  Optional<CurrentUser> viewer(String userId);
}
