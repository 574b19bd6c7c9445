package cn.gov.agency.meeting.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.meeting.NewMeeting;
import cn.gov.agency.meeting.meeting.Participant;
import cn.gov.agency.meeting.minutes.MinutesContent.Resolution;
import cn.gov.agency.meeting.support.ProcessTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * R5.2 for everything the application sends out of itself: every template of every message kind
 * (found from the template folder and {@link MessageKind}, not from a list kept here) is rendered
 * for a confidential meeting with a marker in every value, for a recipient entitled to the meeting
 * and one who is not; a marker this test does not allow fails it. This test classes the fields on
 * its own, so a field moved to a laxer class in {@link MessageField} fails it too.
 */
@ProcessTest
class OutgoingMessageTemplatesTest {

  /** May reach anyone a message is for. */
  private static final Set<MessageField> ANYONE = EnumSet.of(MessageField.RECIPIENT_NAME, MessageField.START,
      MessageField.START_SHORT, MessageField.END, MessageField.PLACE, MessageField.LINK, MessageField.CANCELLED_BY,
      MessageField.PREVIOUS_START, MessageField.PREVIOUS_END, MessageField.MOVED_BY,
      MessageField.OUTPUT_DOCUMENT, MessageField.RECIPIENT_DEPARTMENT, MessageField.LEAVE_STATUS,
      MessageField.REFUSED, MessageField.OPENS_AT, MessageField.DEADLINE, MessageField.TASK_NAME, MessageField.DUE,
      MessageField.URGENT, MessageField.DUE_SOON, MessageField.HEADLINE);
  /** Names the meeting: only to someone entitled to it. */
  private static final Set<MessageField> ENTITLED_ONLY = EnumSet.of(MessageField.TITLE, MessageField.HOST_DEPARTMENT);
  /** A confidential meeting's content: to nobody. */
  private static final Set<MessageField> NEVER = EnumSet.of(MessageField.CONTENT, MessageField.NOTICE_DOCUMENT,
      MessageField.MINUTES_TEXT, MessageField.RESOLUTIONS, MessageField.REASON, MessageField.COMMENT,
      MessageField.SUBSTITUTE, MessageField.BULLETIN_TEXT);
  /** Entitled as host-department staff and participant. */
  private static final String ENTITLED = "wangli";
  /** 监察审计处, neither participant nor host. */
  private static final String OUTSIDER = "heqing";

  @Autowired OutgoingMessages messages;
  @Autowired MeetingRows meetings;

  @Test
  void thisTestClassesEveryField() {
    Set<MessageField> classed = EnumSet.noneOf(MessageField.class);
    classed.addAll(ANYONE);
    classed.addAll(ENTITLED_ONLY);
    classed.addAll(NEVER);
    assertThat(classed).as("a new MessageField must be classed by this test").containsExactlyInAnyOrder(
        MessageField.values());
    assertThat(ANYONE).doesNotContainAnyElementsOf(NEVER).doesNotContainAnyElementsOf(ENTITLED_ONLY);
  }

  @Test
  void everyTemplateUnderMessageIsAPartOfAKindAndEveryPartHasItsTemplate() throws IOException {
    Set<String> files = new TreeSet<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
        "classpath*:templates/" + MessageKind.TEMPLATE_ROOT + "/**/*")) {
      String url = resource.getURL().toString();
      if (resource.isReadable() && !url.endsWith("/")) {
        files.add(url.substring(url.indexOf("/templates/") + "/templates/".length()));
      }
    }
    Set<String> declared = Stream.of(MessageKind.values())
        .flatMap(kind -> kind.parts().stream().map(kind::template)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(files).as("templates under templates/message/ and the parts MessageKind declares")
        .isEqualTo(declared);
  }

  @Test
  void noTemplateOutsideTheMessageFolderIsAMailOrAnSms() throws IOException {
    try (Stream<Path> all = Files.walk(Path.of("src/main/resources/templates"))) {
      assertThat(all.filter(Files::isRegularFile).map(Path::toString)
          .filter(p -> !p.contains("/templates/" + MessageKind.TEMPLATE_ROOT + "/"))
          .filter(p -> p.matches(".*(mail|sms|Mail|Sms|invite|ics).*")))
          .as("an outgoing text belongs under templates/message/, declared in MessageKind").isEmpty();
    }
  }

  @Test
  void aConfidentialMeetingsMessagesCarryNoContentAndItsNameOnlyToTheEntitled() {
    MeetingRecord meeting = markedMeeting(true);
    List<String> leaks = new ArrayList<>();
    for (MessageKind kind : MessageKind.values()) {
      for (String recipient : List.of(ENTITLED, OUTSIDER)) {
        OutgoingMessage message = messages.compose(kind, meeting, recipient, markedValues(kind));
        Set<MessageField> allowed = EnumSet.copyOf(ANYONE);
        if (recipient.equals(ENTITLED)) {
          allowed.addAll(ENTITLED_ONLY);
        }
        for (MessagePart part : kind.parts()) {
          String text = message.render(part);
          for (MessageField field : MessageField.values()) {
            if (!allowed.contains(field) && text.contains(marker(field))) {
              leaks.add(kind + "/" + part + " to " + recipient + " carries " + field);
            }
          }
          for (String meetingMarker : List.of("TITLE-MARK", "CONTENT-MARK", "PERSON-MARK", "AMOUNT-MARK")) {
            if (text.contains(meetingMarker) && !(meetingMarker.equals("TITLE-MARK") && recipient.equals(ENTITLED))) {
              leaks.add(kind + "/" + part + " to " + recipient + " carries the meeting's " + meetingMarker);
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void theEntitledGetTheMeetingsNameAndWhereToReadOnAndOthersANeutralWording() {
    MeetingRecord meeting = markedMeeting(true);
    for (MessageKind kind : MessageKind.values()) {
      OutgoingMessage entitled = messages.compose(kind, meeting, ENTITLED, markedValues(kind));
      OutgoingMessage outsider = messages.compose(kind, meeting, OUTSIDER, markedValues(kind));
      assertThat(renderAll(entitled)).as("%s names the meeting to the entitled", kind)
          .contains(marker(MessageField.TITLE));
      assertThat(renderAll(outsider)).as("%s to someone not entitled", kind)
          .doesNotContain(marker(MessageField.TITLE));
      if (kind.carries().contains(MessageField.LINK)) {
        // Only the escalation has none: it asks the office to draft, in its own inbox.
        assertThat(renderAll(entitled) + renderAll(outsider)).as("%s links to where it is read after login", kind)
            .contains(marker(MessageField.LINK));
      }
      if (kind.parts().contains(MessagePart.MAIL_SUBJECT)) {
        assertThat(outsider.subject()).as("%s's subject to someone not entitled", kind).isNotBlank();
      }
    }
  }

  /** The declarations are tight: a field a kind declares is used by its templates. */
  @Test
  void everyValueAKindDeclaresIsUsedByItsTemplates() {
    MeetingRecord ordinary = markedMeeting(false);
    MeetingRecord confidential = markedMeeting(true);
    for (MessageKind kind : MessageKind.values()) {
      String ordinaryText = renderAll(messages.compose(kind, ordinary, OUTSIDER, markedValues(kind)));
      String confidentialText = renderAll(messages.compose(kind, confidential, ENTITLED, markedValues(kind)));
      for (MessageField field : kind.carries()) {
        if (!(sample(field) instanceof Boolean)) {
          assertThat(ordinaryText + confidentialText).as("%s uses %s", kind, field).contains(marker(field));
        }
      }
      for (MessageField field : kind.whenConfidential()) {
        if (!(sample(field) instanceof Boolean)) {
          assertThat(confidentialText).as("%s uses %s for a confidential meeting", kind, field)
              .contains(marker(field));
        }
      }
    }
  }

  @Test
  void aSenderCannotHandOverAValueItsKindDoesNotDeclare() {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    values.put(MessageField.CONTENT, "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> messages.compose(MessageKind.MEETING_REMINDER,
        markedMeeting(false), ENTITLED, values)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEETING_REMINDER does not declare CONTENT");
  }

  /** Only message/ hands text to the mail server or the SMS gateway: no sender writes its own. */
  @Test
  void onlyTheMessageDoorSendsMailOrSms() throws IOException {
    Set<String> transport = Set.of("message/MailOut.java", "message/SmsOut.java", "message/SmsGateway.java",
        "notification/HttpSmsGateway.java", "notification/LoggingSmsGateway.java",
        "notification/SmsConfiguration.java", "message/SmsMessage.java");
    Path root = Path.of("src/main/java/cn/gov/agency/meeting");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String relative = root.relativize(source).toString().replace('\\', '/');
        String code = Files.readString(source);
        if (!transport.contains(relative) && (code.contains("JavaMailSender") || code.contains("MimeMessage")
            || code.contains("SmsGateway") || code.contains("new SmsMessage("))) {
          offenders.add(relative);
        }
      }
    }
    assertThat(offenders).as("classes that send mail or SMS themselves instead of through MailOut / SmsOut")
        .isEmpty();
  }

  private static String renderAll(OutgoingMessage message) {
    return message.kind().parts().stream().map(message::render).collect(Collectors.joining("\n"));
  }

  /** A confidential (or not) meeting whose own title, content, people and budget carry markers. */
  private MeetingRecord markedMeeting(boolean confidential) {
    MeetingRecord meeting = meetings.insertFiled(new NewMeeting("ADHOC", "work_deployment", "TITLE-MARK-会议", "policy",
        LocalDateTime.of(2031, 5, 6, 9, 0), LocalDateTime.of(2031, 5, 6, 11, 0), "PLACE-MARK", "CONTENT-MARK-内容",
        new BigDecimal("98765.43"), List.of(Participant.person(ENTITLED), Participant.person("fenggang"),
            Participant.guest("PERSON-MARK-嘉宾", "PERSON-MARK-单位")), "zhouping"),
        LocalDateTime.of(2031, 1, 10, 10, 0));
    meetings.updateConfidential(meeting.id(), confidential);
    return meetings.find(meeting.id()).orElseThrow();
  }

  /** Every value the kind declares, each with its marker. */
  private static Map<MessageField, Object> markedValues(MessageKind kind) {
    Map<MessageField, Object> values = new EnumMap<>(MessageField.class);
    kind.carries().forEach(field -> values.put(field, sample(field)));
    return values;
  }

  private static Object sample(MessageField field) {
    return switch (field) {
      case REFUSED, URGENT -> true;
      case DUE_SOON -> false;
      case NOTICE_DOCUMENT -> "<p>" + marker(field) + "</p><p>参会人员：PERSON-MARK-王丽（政策法规处）</p>"
          + "<p>会议内容：CONTENT-MARK-议程</p><p>经费：AMOUNT-MARK-98765.43</p>";
      case RESOLUTIONS -> List.of(new Resolution(1L, marker(field) + "-决议", "technology", marker(field) + "-部门",
          LocalDate.of(2031, 6, 30)));
      default -> marker(field);
    };
  }

  private static String marker(MessageField field) {
    return field.name() + "-MARK";
  }
}
