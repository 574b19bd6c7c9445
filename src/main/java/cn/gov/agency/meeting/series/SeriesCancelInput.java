package cn.gov.agency.meeting.series;

/** 取消周期会议: from which occurrence (its rule date, e.g. 2026-03-02), ONE or THIS_AND_LATER, and why. */
public record SeriesCancelInput(String fromOccurrence, String scope, String reason) {}
