package cn.gov.agency.meeting.notification;

/** Why a person is told about a task: it just reached them, or its deadline is near. */
public enum Occasion {
  NEW_TASK,
  DUE_SOON
}
