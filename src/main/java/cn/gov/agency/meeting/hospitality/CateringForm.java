package cn.gov.agency.meeting.hospitality;

import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CATERER;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CATERING_AGREEMENT;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CATERING_HEAD_COUNT;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CATERING_RESPONSIBLE;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.CATERING_STANDARD;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.MEAL_COUNT;
import static cn.gov.agency.meeting.hospitality.HospitalityVariables.MENU;

import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads 安排会议用餐 and checks R3.6: a designated caterer, a standard within the cap, no more
 * diners than the participants plus the service staff allowance (no waste), a menu, an agreement and
 * a person of the organisation in charge of it, food safety included.
 */
@Component
public class CateringForm {

  static final String SUBJECT = "会议用餐";
  private static final int MENU_LENGTH = 2000;
  private static final int AGREEMENT_LENGTH = 60;

  private final CateringSettings settings;
  private final DesignatedSuppliers suppliers;
  private final PersonsInCharge persons;

  public CateringForm(CateringSettings settings, DesignatedSuppliers suppliers, PersonsInCharge persons) {
    this.settings = settings;
    this.suppliers = suppliers;
    this.persons = persons;
  }

  public CateringPlan read(Map<String, ?> values, int participantCount) {
    Violations violations = new Violations(SUBJECT);
    DesignatedSupplier caterer = suppliers.caterer(values.get(CATERER), CATERER, violations).orElse(null);
    BigDecimal standard = Fields.positiveDecimal(values, CATERING_STANDARD, "用餐标准", 2,
        Fields.MAX_MONEY, violations);
    if (standard != null && standard.compareTo(settings.maxStandardPerPerson()) > 0) {
      violations.add(CATERING_STANDARD, "用餐标准", "max-standard", "超过规定上限 "
          + settings.maxStandardPerPerson().toPlainString() + " 元/人/餐（用餐标准有上限）");
    }
    String menu = Fields.requiredText(values, MENU, "菜单", MENU_LENGTH, violations);
    int maxDiners = participantCount + settings.serviceStaffAllowance();
    Integer headCount = Fields.integer(values, CATERING_HEAD_COUNT, "用餐人数", 1, Integer.MAX_VALUE, true, violations);
    if (headCount != null && headCount > maxDiners) {
      violations.add(CATERING_HEAD_COUNT, "用餐人数", "no-waste", "不能超过参会人数 " + participantCount
          + " 加会务工作人员 " + settings.serviceStaffAllowance() + " 人，即 " + maxDiners + " 人（杜绝浪费）");
    }
    Integer mealCount = Fields.integer(values, MEAL_COUNT, "餐次", 1, settings.maxMeals(), true, violations);
    String agreement = Fields.requiredText(values, CATERING_AGREEMENT, "协议编号", AGREEMENT_LENGTH, violations);
    String responsible = persons.read(values, CATERING_RESPONSIBLE, "用餐负责人（含食品安全）", violations);
    violations.throwIfAny();
    return new CateringPlan(caterer, standard, menu, headCount, mealCount, agreement, responsible);
  }
}
