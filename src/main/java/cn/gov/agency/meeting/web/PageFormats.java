package cn.gov.agency.meeting.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Date formats every page uses ({@code ${fmt.dateTime(x)}}): 2026-11-25 14:30, 2026年11月25日. */
@ControllerAdvice
public class PageFormats {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @ModelAttribute("fmt")
  PageFormats formats() {
    return this;
  }

  public String dateTime(LocalDateTime value) {
    return value == null ? "" : DATE_TIME.format(value);
  }

  public String date(LocalDate value) {
    return value == null ? "" : DATE.format(value);
  }
}
