package cn.gov.agency.meeting.execution;

/**
 * What the office fills in before the meeting: the named staff (names or login ids, separated by
 * 、 or commas) and the security check (R4.2, R4.3, R4.4).
 */
public record StaffingInput(String recorder, String ushers, String serviceStaff, String signInStaff,
    Boolean venueChecked, String emergencyPlan, String responsibilities) {}
