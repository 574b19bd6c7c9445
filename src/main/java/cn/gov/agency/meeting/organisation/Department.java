package cn.gov.agency.meeting.organisation;

public record Department(String code, String name) {}
