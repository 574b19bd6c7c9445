package cn.gov.agency.meeting.hospitality;

import java.util.HashMap;
import java.util.Map;

/** Valid arrangement forms for the sample meeting (2030-03-04 09:00–11:30, four people and a guest). */
final class HospitalitySamples {

  private HospitalitySamples() {}

  static Map<String, Object> cateringForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("caterer", "canteen");
    form.put("cateringStandard", 45.5);
    form.put("menu", "四菜一汤，米饭");
    form.put("cateringHeadCount", 7);
    form.put("mealCount", 2);
    form.put("cateringAgreement", "CY-2026-001");
    form.put("cateringResponsible", "zhouping");
    return form;
  }

  static Map<String, Object> accommodationForm() {
    Map<String, Object> form = new HashMap<>();
    form.put("hotel", "guesthouse");
    form.put("roomStandard", 350);
    form.put("checkIn", "2030-03-03T15:00");
    form.put("checkOut", "2030-03-05T12:00");
    form.put("accommodationResponsible", "zhouping");
    return form;
  }
}
