package cn.gov.agency.meeting.plan;

import java.util.List;

/** The members of the leadership team (领导班子), who alone may sit in the meeting that decides the plan. */
public interface LeadershipTeam {

  /** Login names of the team's members. */
  List<String> members();
}
