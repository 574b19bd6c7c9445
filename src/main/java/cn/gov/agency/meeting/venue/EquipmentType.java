package cn.gov.agency.meeting.venue;

/** A kind of meeting-room equipment of rooms.yaml: {@code projector} 投影仪. */
public record EquipmentType(String code, String name) {}
