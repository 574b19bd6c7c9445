package cn.gov.agency.meeting.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** What a person typed goes to the engine as transient variables; what they picked, and what the form keeps, does not. */
class TransientHandOverTest {

  private static final FormContract FORM = FormContract.parse("""
      {"id": "sample", "type": "default", "components": [
        {"type": "textfield", "id": "F1", "key": "meetingTitle", "label": "会议名称", "readonly": true},
        {"type": "radio", "id": "F2", "key": "decision", "label": "审批结果",
         "values": [{"label": "同意", "value": "approve"}]},
        {"type": "textarea", "id": "F3", "key": "comment", "label": "意见"},
        {"type": "number", "id": "F4", "key": "amount", "label": "金额"},
        {"type": "datetime", "id": "F5", "key": "start", "dateLabel": "开始"},
        {"type": "checkbox", "id": "F6", "key": "confirmed", "label": "已确认"},
        {"type": "checklist", "id": "F7", "key": "equipment", "label": "设备",
         "values": [{"label": "投影仪", "value": "projector"}]},
        {"type": "textfield", "id": "F8", "key": "planYear", "label": "年度", "properties": {"variable": "true"}},
        {"type": "group", "id": "G", "components": [
          {"type": "textfield", "id": "F9", "key": "note", "label": "说明"}]}
      ]}""".getBytes(StandardCharsets.UTF_8));

  @Test
  void typedFieldsAreHandedOverTransientPickedAndKeptOnesAreNot() {
    assertThat(FORM.fields()).filteredOn(FormField::handedOverTransient).extracting(FormField::key)
        .containsExactlyInAnyOrder("comment", "amount", "start", "note");
    assertThat(FORM.field("planYear").orElseThrow().keptAsVariable()).isTrue();
    assertThat(FORM.field("meetingTitle").orElseThrow().handedOverTransient()).as("read-only").isFalse();
  }

  @Test
  void theCommandCarriesTheTypedValuesAsTransientOfTheirTypeAndNoEchoes() {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("meetingTitle", "政策解读部署会");
    sent.put("decision", "approve");
    sent.put("comment", "涉密意见");
    sent.put("amount", Variables.doubleValue(120.5));
    sent.put("start", "2030-03-02T09:00");
    sent.put("confirmed", true);
    sent.put("equipment", "[\"projector\"]");
    sent.put("planYear", "2031");
    sent.put("note", null);

    VariableMap handed = TransientHandOver.of(FORM, sent, Set.of("meetingTitle"));

    assertThat(handed).doesNotContainKey("meetingTitle");
    assertThat(handed.getValueTyped("comment").isTransient()).isTrue();
    assertThat(handed.getValueTyped("comment").getValue()).isEqualTo("涉密意见");
    assertThat(handed.getValueTyped("amount").getType()).isEqualTo(ValueType.DOUBLE);
    assertThat(handed.getValueTyped("amount").isTransient()).isTrue();
    assertThat(handed.getValueTyped("start").isTransient()).isTrue();
    assertThat(handed.getValueTyped("note").isTransient()).isTrue();
    assertThat(handed.getValueTyped("note").getValue()).isNull();
    for (String stays : List.of("decision", "confirmed", "equipment", "planYear")) {
      assertThat(handed.getValueTyped(stays).isTransient()).as(stays).isFalse();
      assertThat(handed.get(stays)).as(stays).isEqualTo(sent.get(stays));
    }
  }

  @Test
  void everyPlainJavaValueBecomesATransientValueOfItsOwnType() {
    Date now = new Date();
    Map<Object, ValueType> types = Map.of("x", ValueType.STRING, 3, ValueType.INTEGER, 3L, ValueType.LONG,
        (short) 3, ValueType.SHORT, 2.5, ValueType.DOUBLE, 2.5f, ValueType.DOUBLE, now, ValueType.DATE);
    types.forEach((value, type) -> {
      TypedValue handed = TransientHandOver.asTransient(value);
      assertThat(handed.isTransient()).as(String.valueOf(value)).isTrue();
      assertThat(handed.getType()).as(String.valueOf(value)).isEqualTo(type);
    });
    assertThat(TransientHandOver.asTransient(Variables.stringValue("y")).isTransient()).isTrue();
    assertThat(TransientHandOver.asTransient(Variables.stringValue("y")).getType()).isEqualTo(ValueType.STRING);
  }

  @Test
  void submittedFormPropertiesNeverReachTheHistoryOtherEventsDo() {
    List<HistoryEvent> handled = new ArrayList<>();
    HistoryEventHandler recorder = new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        handled.add(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        handled.addAll(events);
      }
    };
    FormPropertyHistoryOff filter = new FormPropertyHistoryOff(recorder);
    HistoryEvent variable = new HistoricVariableUpdateEventEntity();
    filter.handleEvent(new HistoricFormPropertyEventEntity());
    filter.handleEvent(variable);
    filter.handleEvents(List.of(new HistoricFormPropertyEventEntity(), variable));
    assertThat(handled).containsExactly(variable, variable);
  }
}
