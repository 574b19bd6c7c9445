package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import cn.gov.agency.meeting.validation.Violations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the participant fields into people: internal participants are written as names or login
 * ids (王丽、qianjun), external guests one per line as "姓名，单位".
 */
@Component
public class ParticipantResolver {

  private static final String SEPARATORS = "[,，、;；\\s]+";
  private static final int MAX_PARTICIPANTS = 2000;
  /** The fields of every form that takes a participant list (the application, the planned meeting's scheduling). */
  private static final String PARTICIPANTS = "participants";
  private static final String EXTERNAL_GUESTS = "externalGuests";

  private final OrganisationDirectory directory;

  public ParticipantResolver(OrganisationDirectory directory) {
    this.directory = directory;
  }

  public List<Participant> resolvePeople(String text, Violations violations) {
    Set<String> userIds = new LinkedHashSet<>();
    if (text.isBlank()) {
      return List.of();
    }
    String[] tokens = text.split(SEPARATORS);
    if (tokens.length > MAX_PARTICIPANTS) {
      violations.add(PARTICIPANTS, "参会人员", "max-count", "不能超过 " + MAX_PARTICIPANTS + " 人");
      return List.of();
    }
    int position = 0;
    for (String token : tokens) {
      if (token.isBlank()) {
        continue;
      }
      position++;
      Optional<Person> byId = directory.person(token);
      if (byId.isPresent()) {
        userIds.add(byId.get().userId());
        continue;
      }
      List<Person> byName = directory.peopleNamed(token);
      if (byName.size() == 1) {
        userIds.add(byName.get(0).userId());
      } else if (byName.isEmpty()) {
        // Names are personal data and messages reach the logs: point at the entry, do not echo it.
        violations.add(PARTICIPANTS, "参会人员", "known-person",
            "第 " + position + " 位在本单位名册中找不到（请核对姓名或登录名；外部人员请填在“外部嘉宾”中）");
      } else {
        violations.add(PARTICIPANTS, "参会人员", "unambiguous",
            "第 " + position + " 位有重名，请改填登录名：" + String.join("、", byName.stream().map(Person::userId).toList()));
      }
    }
    return userIds.stream().map(Participant::person).toList();
  }

  public List<Participant> parseGuests(String text, Violations violations) {
    List<Participant> guests = new ArrayList<>();
    if (text.isBlank()) {
      return guests;
    }
    String[] lines = text.split("\\R");
    if (lines.length > MAX_PARTICIPANTS) {
      violations.add(EXTERNAL_GUESTS, "外部嘉宾", "max-count", "不能超过 " + MAX_PARTICIPANTS + " 人");
      return guests;
    }
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("[,，]", 2);
      String name = parts[0].trim();
      String unit = parts.length > 1 ? parts[1].trim() : "";
      if (name.isEmpty() || name.length() > 100 || unit.length() > 200) {
        violations.add(EXTERNAL_GUESTS, "外部嘉宾", "guest-line",
            "第 " + lineNumber + " 行应为“姓名，单位”，姓名不超过 100 字、单位不超过 200 字");
        continue;
      }
      guests.add(Participant.guest(name, unit.isEmpty() ? null : unit));
    }
    return guests;
  }
}
