package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract of one form, checked without an engine: what it accepts, what it refuses and why. */
class ContractCheckTest {

  private static final ContractCheck CHECK = new ContractCheck(ZoneId.of("Asia/Shanghai"));

  private static final FormContract FORM = FormContract.parse("""
      {"id": "sample", "type": "default", "components": [
        {"type": "text", "id": "Intro", "text": "## 说明"},
        {"type": "textfield", "id": "F1", "key": "meetingTitle", "label": "会议名称", "readonly": true},
        {"type": "datetime", "id": "F2", "key": "plannedStart", "dateLabel": "开始日期", "readonly": true},
        {"type": "number", "id": "F3", "key": "budget", "label": "经费", "readonly": true},
        {"type": "radio", "id": "F4", "key": "decision", "label": "审批结果",
         "values": [{"label": "同意", "value": "approve"}, {"label": "退回", "value": "return"}]},
        {"type": "textarea", "id": "F5", "key": "comment", "label": "意见", "validate": {"maxLength": 10}},
        {"type": "checklist", "id": "F6", "key": "equipment", "label": "设备",
         "values": [{"label": "投影仪", "value": "projector"}, {"label": "话筒", "value": "microphones"}]},
        {"type": "number", "id": "F7", "key": "copies", "label": "份数"},
        {"type": "checkbox", "id": "F8", "key": "confirmed", "label": "已确认"},
        {"type": "group", "id": "G", "components": [
          {"type": "select", "id": "F9", "key": "room", "label": "会议室", "valuesKey": "rooms"}]}
      ]}""".getBytes(StandardCharsets.UTF_8));

  private static final Map<String, Object> CURRENT = Map.of("meetingTitle", "政策解读部署会",
      "plannedStart", "2030-03-02T09:00", "budget", 1200.5,
      "rooms", List.of(Map.of("label", "三楼第一会议室", "value", "R301")));

  @Test
  void declaredFieldsOfTheirKindAndOptionsAreAccepted() {
    ContractCheck.Verdict verdict = check(Map.of("decision", "approve", "comment", "同意", "copies", 12,
        "equipment", "[\"projector\",\"microphones\"]", "confirmed", true, "room", "R301"));
    assertThat(verdict.violations()).isEmpty();
    assertThat(verdict.echoedReadonly()).isEmpty();
  }

  @Test
  void aVariableTheFormDoesNotDeclareIsRefusedByName() {
    assertThat(fields(check(Map.of("decision", "approve", "hostDepartment", "policy,staff-policy",
        "applicationId", 7L)))).containsExactlyInAnyOrder("hostDepartment", "applicationId");
    assertThat(check(Map.of("hostDepartment", "x")).violations().get(0).rule()).isEqualTo("undeclared");
    assertThat(CHECK.check(FormContract.noForm(), Map.of("anything", SubmittedValue.of("x", null)), name -> null)
        .violations()).extracting(Violation::field).containsExactly("anything");
  }

  @Test
  void readOnlyFieldsPassOnlyAsAnEchoOfTheirValueInWhateverShapeTasklistSendsIt() {
    ContractCheck.Verdict echo = check(Map.of("meetingTitle", "政策解读部署会",
        "plannedStart", "2030-03-02T09:00:00.000+0800", "budget", 1200.50));
    assertThat(echo.violations()).isEmpty();
    assertThat(echo.echoedReadonly()).containsExactlyInAnyOrder("meetingTitle", "plannedStart", "budget");
    // 2030-03-02T09:00 in Beijing, as a Java caller might send it
    assertThat(check(Map.of("plannedStart", new Date(1898643600000L))).violations()).isEmpty();
    assertThat(CHECK.sameValue(false, null)).as("an unticked read-only checkbox without a value").isTrue();
    assertThat(CHECK.sameValue(true, null)).isFalse();

    ContractCheck.Verdict changed = check(Map.of("meetingTitle", "另一个会议", "plannedStart", "2030-03-03T09:00",
        "budget", 99));
    assertThat(fields(changed)).containsExactlyInAnyOrder("meetingTitle", "plannedStart", "budget");
    assertThat(changed.violations()).extracting(Violation::rule).containsOnly("readonly");
  }

  @Test
  void valuesOfAnotherKindOrOutsideTheOptionsAreRefused() {
    assertThat(rules(check(Map.of("decision", "approve_all")))).containsExactly("option");
    assertThat(check(Map.of("decision", "approve_all")).violations().get(0).message())
        .contains("同意（approve）、退回（return）");
    assertThat(rules(check(Map.of("decision", 1)))).containsExactly("type");
    assertThat(rules(check(Map.of("copies", "12")))).containsExactly("type");
    assertThat(rules(check(Map.of("confirmed", "yes")))).containsExactly("type");
    assertThat(rules(check(Map.of("equipment", "[\"hologram\"]")))).containsExactly("option");
    assertThat(rules(check(Map.of("equipment", "projector, microphones")))).containsExactly("type");
    assertThat(rules(check(Map.of("room", "R999")))).containsExactly("option");
    assertThat(rules(check(Map.of("comment", "十一个字的一条审批意见")))).containsExactly("maxLength");
    assertThat(rules(CHECK.check(FORM, Map.of("comment", SubmittedValue.opaque("object")), CURRENT::get)))
        .containsExactly("type");
  }

  @Test
  void emptyValuesAreLeftToTheFeaturesOwnRequiredRules() {
    Map<String, Object> empty = new LinkedHashMap<>();
    empty.put("decision", null);
    empty.put("comment", "");
    empty.put("equipment", "");
    assertThat(check(empty).violations()).isEmpty();
  }

  @Test
  void everyFormOfTheAdministratorsFolderHasAContract() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      List<Path> files = forms.filter(path -> path.toString().endsWith(".form")).toList();
      assertThat(files).hasSizeGreaterThan(30);
      for (Path file : files) {
        FormContract contract = FormContract.parse(Files.readAllBytes(file));
        assertThat(contract.formId()).as(file.toString()).isEqualTo(file.getFileName().toString().replace(".form", ""));
      }
    }
  }

  @Test
  void aFormWhoseDataTheContractCannotDescribeIsRefused() {
    assertThatThrownBy(() -> FormContract.parse("""
        {"id": "x", "components": [{"type": "dynamiclist", "id": "L", "path": "items", "components": []}]}"""
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnsupportedFormException.class).hasMessageContaining("L");
    assertThatThrownBy(() -> FormContract.parse("""
        {"id": "x", "components": [{"type": "textfield", "id": "T", "key": "a.b"}]}"""
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnsupportedFormException.class);
    assertThatThrownBy(() -> FormContract.parse("""
        {"id": "x", "components": [{"type": "filepicker", "id": "P", "key": "upload"}]}"""
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnsupportedFormException.class).hasMessageContaining("filepicker");
  }

  private static ContractCheck.Verdict check(Map<String, Object> sent) {
    Map<String, SubmittedValue> submitted = new LinkedHashMap<>();
    sent.forEach((name, value) -> submitted.put(name, SubmittedValue.of(value, null)));
    return CHECK.check(FORM, submitted, CURRENT::get);
  }

  private static List<String> fields(ContractCheck.Verdict verdict) {
    return verdict.violations().stream().map(Violation::field).toList();
  }

  private static List<String> rules(ContractCheck.Verdict verdict) {
    return verdict.violations().stream().map(Violation::rule).toList();
  }
}
