package cn.gov.agency.meeting.venue;

import cn.gov.agency.meeting.venue.RoomUtilisation.UtilisationMonth;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 会议室使用率 as CSV for Excel: UTF-8 with a byte order mark, one row per room. */
final class UtilisationCsv {

  private static final String BOM = "\uFEFF";
  private static final String HEADER = "月份,会议室编号,会议室名称,楼宇,楼层,容纳人数,已预订小时,可用小时,使用率(%)";

  private UtilisationCsv() {}

  static byte[] of(UtilisationMonth month) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (RoomUsage usage : month.rooms()) {
      Room room = usage.room();
      csv.append(Stream.of(month.month().toString(), room.code(), room.name(), room.building(),
              String.valueOf(room.floor()), String.valueOf(room.capacity()), usage.bookedHours().toPlainString(),
              usage.availableHours().toPlainString(), usage.ratePercent().toPlainString())
          .map(UtilisationCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Quoted always; a leading formula character is neutralised so Excel does not evaluate it. */
  private static String cell(String text) {
    String value = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
