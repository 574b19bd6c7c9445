package cn.gov.agency.meeting.meeting;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.organisation.Person;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * People as people read them: 周萍, not the login zhouping, and 系统 for the application's own steps —
 * in trails, whose records keep the login (it is what identifies someone), and in the texts those
 * records wrote (责任人：zhouping).
 */
@Component
public class PeopleNames {

  /** The user id the application's own steps (timers, sending, jobs) are recorded under. */
  public static final String SYSTEM = "system";
  private static final String SYSTEM_NAME = "系统";
  private static final Pattern LOGIN = Pattern.compile("(?<![A-Za-z0-9_.@-])[a-z][a-z0-9_.-]{1,63}(?![A-Za-z0-9_@-])");

  private final OrganisationDirectory directory;

  PeopleNames(OrganisationDirectory directory) {
    this.directory = directory;
  }

  /** A lookup for one page: the organisation read once. */
  public Lookup lookup() {
    return new Lookup(directory.people().stream().collect(Collectors.toMap(Person::userId, Person::fullName)));
  }

  public static final class Lookup {

    private final Map<String, String> names;

    Lookup(Map<String, String> names) {
      this.names = names;
    }

    public String name(String userId) {
      if (userId == null) {
        return null;
      }
      return SYSTEM.equals(userId) ? SYSTEM_NAME : names.getOrDefault(userId, userId);
    }

    /** The text with every login of the organisation (and "system") in it replaced by the name. */
    public String inText(String text) {
      if (text == null || text.isEmpty()) {
        return text;
      }
      Matcher login = LOGIN.matcher(text);
      StringBuilder named = new StringBuilder();
      while (login.find()) {
        String word = login.group();
        String name = SYSTEM.equals(word) ? SYSTEM_NAME : names.get(word);
        login.appendReplacement(named, Matcher.quoteReplacement(name == null ? word : name));
      }
      login.appendTail(named);
      return named.toString();
    }
  }
}
