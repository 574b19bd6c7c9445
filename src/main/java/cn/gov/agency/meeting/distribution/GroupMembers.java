package cn.gov.agency.meeting.distribution;

import java.util.List;

/** The role groups behind the distribution list: who holds a department role, which groups someone is in. */
interface GroupMembers {

  List<String> membersOf(String groupId);

  List<String> groupsOf(String userId);
}
