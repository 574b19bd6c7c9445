package cn.gov.agency.meeting.organisation;

import cn.gov.agency.meeting.organisation.OrganisationSeed.DepartmentSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.InboxDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.PersonSeed;
import cn.gov.agency.meeting.organisation.OrganisationSeed.RoleDefinition;
import cn.gov.agency.meeting.organisation.OrganisationSeed.Scope;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the organisation file and refuses one that would route work to nobody. */
public final class OrganisationSeedReader {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Pattern USER_ID = Pattern.compile("[a-z][a-z0-9_.]{0,63}");

  private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  public OrganisationSeed read(InputStream in, String sourceName) {
    OrganisationSeed seed;
    try {
      seed = yaml.readValue(in, OrganisationSeed.class);
    } catch (IOException e) {
      throw new InvalidOrganisationException(sourceName + ": " + e.getMessage(), e);
    }
    List<String> problems = validate(seed);
    if (!problems.isEmpty()) {
      throw new InvalidOrganisationException(sourceName + ": " + String.join("; ", problems), null);
    }
    return seed;
  }

  private List<String> validate(OrganisationSeed seed) {
    List<String> problems = new ArrayList<>();
    Map<String, RoleDefinition> roles = index(seed.roles(), RoleDefinition::id, "role", problems);
    Map<String, DepartmentSeed> departments =
        index(seed.departments(), DepartmentSeed::code, "department", problems);
    index(seed.people(), PersonSeed::id, "person", problems);
    index(seed.inboxes(), InboxDefinition::key, "inbox", problems);

    roles.values().forEach(role -> {
      if (role.scope() == null) {
        problems.add("role " + role.id() + " has no scope");
      }
    });
    departments.keySet().stream().filter(code -> !CODE.matcher(code).matches())
        .forEach(code -> problems.add("department code '" + code + "' must be lower-case letters, digits or _"));
    for (InboxDefinition inbox : seed.inboxes()) {
      RoleDefinition role = roles.get(inbox.role());
      if (role == null) {
        problems.add("inbox " + inbox.key() + " names unknown role " + inbox.role());
      } else if (inbox.per() == null) {
        problems.add("inbox " + inbox.key() + " has no 'per'");
      } else if (role.scope() == Scope.GLOBAL && inbox.per() == OrganisationSeed.InboxExpansion.DEPARTMENT) {
        problems.add("inbox " + inbox.key() + " is per department but role " + role.id() + " is global");
      }
    }
    Set<String> departmentsWithLeader = new HashSet<>();
    for (PersonSeed person : seed.people()) {
      String who = "person " + person.id();
      if (person.id() == null || !USER_ID.matcher(person.id()).matches()) {
        problems.add(who + ": id must be lower-case letters, digits, '.' or '_'");
      }
      if (isBlank(person.familyName()) || isBlank(person.givenName())) {
        problems.add(who + ": familyName and givenName are required");
      }
      if (!departments.containsKey(person.department())) {
        problems.add(who + ": unknown department " + person.department());
      }
      for (String roleId : person.roles()) {
        RoleDefinition role = roles.get(roleId);
        if (role == null) {
          problems.add(who + ": unknown role " + roleId);
        } else if (role.everyone()) {
          problems.add(who + ": role " + roleId + " is given to everyone, do not list it");
        }
      }
      boolean leader = person.roles().contains("leader");
      if (leader && person.leads().isEmpty()) {
        problems.add(who + ": role leader needs 'leads' (the departments in charge)");
      }
      if (!leader && !person.leads().isEmpty()) {
        problems.add(who + ": 'leads' is only for role leader");
      }
      for (String led : person.leads()) {
        if (!departments.containsKey(led)) {
          problems.add(who + ": leads unknown department " + led);
        }
        departmentsWithLeader.add(led);
      }
    }
    if (roles.containsKey("leader")) {
      departments.keySet().stream()
          .filter(code -> !departmentsWithLeader.contains(code))
          .forEach(code -> problems.add("department " + code + " has no leader in charge (分管领导)"));
    }
    return problems;
  }

  private static <T> Map<String, T> index(
      List<T> items, Function<T, String> key, String what, List<String> problems) {
    Map<String, T> byKey = new HashMap<>();
    for (T item : items) {
      String k = key.apply(item);
      if (isBlank(k)) {
        problems.add("a " + what + " has no id");
      } else if (byKey.put(k, item) != null) {
        problems.add(what + " " + k + " is declared twice");
      }
    }
    return byKey;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public static class InvalidOrganisationException extends RuntimeException {
    InvalidOrganisationException(String message, Throwable cause) {
      super("Invalid organisation file " + message, cause);
    }
  }
}
