package cn.gov.agency.meeting.contract;

import cn.gov.agency.meeting.engine.EngineCommandFields;
import java.util.Map;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;

/**
 * Instances started before typed values were handed over transiently may still hold one as a variable
 * (a comment of an earlier round, say). When the person submits that field again, the old variable
 * goes: its text must leave the instance anyway, and the engine cannot hold one name both persistent
 * and transient. The engine remembers a variable removed in the same command and refuses to re-set
 * it the other way, so that memory is dropped too (the removal itself stays: the row is deleted at
 * flush and the history records the deletion). {@code EngineCommandFieldsTest} fails the build if an
 * engine upgrade renames the fields read here.
 */
final class LegacyTextVariables {

  private LegacyTextVariables() {}

  static void forget(AbstractVariableScope from, String name) {
    for (AbstractVariableScope scope = from; scope != null; scope = scope.getParentVariableScope()) {
      if (scope.hasVariableLocal(name)) {
        scope.removeVariableLocal(name);
        Object store = EngineCommandFields.read(scope, "variableStore");
        ((Map<?, ?>) EngineCommandFields.read(store, "removedVariables")).remove(name);
      }
    }
  }
}
