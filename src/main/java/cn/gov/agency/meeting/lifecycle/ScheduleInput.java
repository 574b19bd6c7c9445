package cn.gov.agency.meeting.lifecycle;

/**
 * What the host department fills in to schedule a meeting of the annual plan: exact times
 * ({@code yyyy-MM-ddTHH:mm}), participants by name or login id, guests one per line "姓名，单位".
 */
public record ScheduleInput(String plannedStart, String plannedEnd, String participants, String externalGuests) {}
