package cn.gov.agency.meeting.meetingtype;

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
 * Reads the lead days of a meeting type from the latest deployed decision table {@value #DECISION_KEY}.
 * It is a configuration lookup, not a business decision to audit, so the table is evaluated by the
 * DMN engine directly and leaves no decision history behind.
 */
@Component
public class MeetingLeadTimesTable {

  public static final String DECISION_KEY = "meetingLeadTimes";

  private final RepositoryService repositoryService;
  private final DmnEngine dmnEngine;
  private final Map<String, DmnDecision> parsedByDefinitionId = new ConcurrentHashMap<>();

  public MeetingLeadTimesTable(RepositoryService repositoryService, DmnEngine dmnEngine) {
    this.repositoryService = repositoryService;
    this.dmnEngine = dmnEngine;
  }

  public LeadTimes leadTimes(String meetingType) {
    DmnDecisionResultEntries row = dmnEngine.evaluateDecision(latestDecision(),
            Variables.createVariables().putValue("meetingType", meetingType))
        .getSingleResult();
    if (row == null) {
      throw new IllegalStateException("Decision table " + DECISION_KEY + " has no row for meeting type "
          + meetingType + ": add one in processes/meeting-lead-times.dmn");
    }
    Map<String, Object> values = row.getEntryMap();
    return new LeadTimes(((Number) values.get("noticeLeadDays")).intValue(),
        ((Number) values.get("materialsLeadDays")).intValue());
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
