package cn.gov.agency.meeting.lifecycle;

import cn.gov.agency.meeting.meeting.MeetingKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The running processes of one meeting (business key = meeting id): the lifecycle and every stage it
 * called. Each called stage holds its own copies of the variables it was handed, so a particular
 * that changes (a meeting marked 涉密) must be written into each instance that holds it; times are
 * not handed down (timers and due dates ask {@code meetingSchedule}).
 */
@Component
public class MeetingProcesses {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  MeetingProcesses(RuntimeService runtimeService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /**
   * Sets each of {@code values} in every running instance of the meeting that holds it at its top
   * scope; instances holding none are left alone. Answers the ids of the instances changed.
   */
  public List<String> updateHeld(long meetingId, Map<String, ?> values) {
    List<String> changed = new ArrayList<>();
    for (ProcessInstance instance : running(meetingId)) {
      Map<String, Object> held = new LinkedHashMap<>();
      heldBy(instance.getId(), values.keySet()).forEach(v -> held.put(v.getName(), values.get(v.getName())));
      if (!held.isEmpty()) {
        runtimeService.setVariables(instance.getId(), held);
        changed.add(instance.getId());
      }
    }
    return changed;
  }

  /** The variables of {@code names} the instance holds at its top scope (not those of inner scopes). */
  public List<VariableInstance> heldBy(String processInstanceId, Collection<String> names) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableNameIn(names.toArray(String[]::new)).list().stream()
        .filter(v -> processInstanceId.equals(v.getExecutionId())).toList();
  }

  public List<ProcessInstance> running(long meetingId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingKey.of(meetingId)).list();
  }

  /**
   * Runs {@code work} as the application: the person changing a meeting needs no rights on the
   * stages' processes the application keeps in step.
   */
  public <T> T asSystem(Supplier<T> work) {
    Authentication person = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (person != null) {
        identityService.setAuthentication(person);
      }
    }
  }
}
