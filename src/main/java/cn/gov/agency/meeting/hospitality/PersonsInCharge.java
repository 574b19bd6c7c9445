package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 负责人 of catering (food safety included, R3.6) and of accommodation (its safety included, R3.7):
 * a person of the organisation named by login name, as the equipment check names its person.
 */
@Component
public class PersonsInCharge {

  private static final int USER_ID_LENGTH = 64;

  private final OrganisationDirectory directory;

  public PersonsInCharge(OrganisationDirectory directory) {
    this.directory = directory;
  }

  /** The login name given in {@code field}, or null with a violation when it names no one of the organisation. */
  String read(Map<String, ?> values, String field, String label, Violations violations) {
    String userId = Fields.requiredText(values, field, label, USER_ID_LENGTH, violations);
    if (userId != null && directory.person(userId).isEmpty()) {
      // A user id, not a name, but still not echoed: the message may reach the logs.
      violations.add(field, label, "known-person", "不是本单位在册人员的登录名，请填写负责人的登录名（如 zhouping）");
      return null;
    }
    return userId;
  }

  /** The person's name with the login name, for pages and the trail; an arrangement without one shows —. */
  public String describe(String userId) {
    if (userId == null) {
      return "—";
    }
    return directory.person(userId).map(Person::fullName).orElse(userId) + "（" + userId + "）";
  }
}
