package cn.gov.agency.meeting.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The row of the latest deployed processes/meeting-reminders.dmn for a meeting type. Read whenever a
 * reminder time is worked out (also when a move recalculates the timer), not copied into the process,
 * so an administrator's change and a move both reach the waiting timer. A configuration lookup, not a
 * decision to audit: evaluated by the DMN engine directly, without decision history.
 */
@Component
class ReminderOffsetsTable {

  static final String DECISION_KEY = "meetingReminderOffsets";

  private final RepositoryService repositoryService;
  private final DmnEngine dmnEngine;
  private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

  ReminderOffsetsTable(RepositoryService repositoryService, DmnEngine dmnEngine) {
    this.repositoryService = repositoryService;
    this.dmnEngine = dmnEngine;
  }

  ReminderOffsets offsets(String meetingType) {
    DmnDecisionResultEntries row = dmnEngine.evaluateDecision(latestDecision(),
        Variables.createVariables().putValue("meetingType", meetingType)).getSingleResult();
    if (row == null) {
      throw new IllegalStateException("会前提醒时间表 meeting-reminders.dmn 没有会议类型 " + meetingType + " 的一行"
          + " / decision table " + DECISION_KEY + " has no row for meeting type " + meetingType);
    }
    Map<String, Object> values = row.getEntryMap();
    return ReminderOffsets.of(values.get("dayBeforeWorkingDays"), values.get("dayBeforeTime"),
        values.get("minutesBefore"));
  }

  private DmnDecision latestDecision() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision table " + DECISION_KEY + " is not deployed");
    }
    return parsedByDefinitionId.computeIfAbsent(definition.getId(), id -> {
      try (InputStream in = repositoryService.getDecisionModel(id)) {
        return dmnEngine.parseDecision(DECISION_KEY, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
