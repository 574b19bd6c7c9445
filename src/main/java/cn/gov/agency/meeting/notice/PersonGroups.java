package cn.gov.agency.meeting.notice;

import java.util.List;

/** The role groups of a person, to ask MeetingAccess about someone who is not the one logged in. */
interface PersonGroups {

  List<String> groupsOf(String userId);
}
