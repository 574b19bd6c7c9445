package cn.gov.agency.meeting.deployment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Sample input for a decision table, one per rule, built from the values the rule's own conditions
 * test ("work_deployment", >= 3, [1..5], true): evaluating each shows that the table runs at all and
 * that its rules do not clash under its hit policy, whatever the table decides.
 */
final class DecisionSamples {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("^\"([^\"]*)\"");
  private static final Pattern COMPARISON = Pattern.compile("^(<=|>=|<|>|=)?\\s*(-?\\d+(\\.\\d+)?)$");
  private static final Pattern RANGE = Pattern.compile("^[\\[\\]\\(]\\s*(-?\\d+(\\.\\d+)?)\\s*\\.\\..*");

  private DecisionSamples() {}

  /** One sample per rule; a table without rules or inputs gets one empty sample. */
  static List<VariableMap> of(DmnDecision decision, String anyMeetingType) {
    List<VariableMap> samples = new ArrayList<>();
    if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table) || table.getRules().isEmpty()) {
      samples.add(Variables.createVariables());
      return samples;
    }
    List<DmnDecisionTableInputImpl> inputs = table.getInputs();
    for (DmnDecisionTableRuleImpl rule : table.getRules()) {
      VariableMap sample = Variables.createVariables();
      for (int i = 0; i < inputs.size(); i++) {
        String name = variableName(inputs.get(i));
        if (name != null) {
          Object value = value(rule.getConditions().get(i));
          sample.putValue(name, value == null && "meetingType".equals(name) ? anyMeetingType : value);
        }
      }
      samples.add(sample);
    }
    return samples;
  }

  private static String variableName(DmnDecisionTableInputImpl input) {
    DmnExpressionImpl expression = input.getExpression();
    String text = expression == null ? null : expression.getExpression();
    return text != null && IDENTIFIER.matcher(text.trim()).matches() ? text.trim() : null;
  }

  static Object value(DmnExpressionImpl condition) {
    String text = condition == null || condition.getExpression() == null ? "" : condition.getExpression().trim();
    Matcher quoted = QUOTED.matcher(text);
    if (quoted.find()) {
      return quoted.group(1);
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    Matcher range = RANGE.matcher(text);
    if (range.matches()) {
      return number(new BigDecimal(range.group(1)).add(text.startsWith("[") ? BigDecimal.ZERO : BigDecimal.ONE));
    }
    Matcher comparison = COMPARISON.matcher(text);
    if (comparison.matches()) {
      BigDecimal bound = new BigDecimal(comparison.group(2));
      String operator = comparison.group(1) == null ? "=" : comparison.group(1);
      return number(switch (operator) {
        case ">" -> bound.add(BigDecimal.ONE);
        case "<" -> bound.subtract(BigDecimal.ONE);
        default -> bound;
      });
    }
    return null;
  }

  private static Object number(BigDecimal value) {
    return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? (Object) value.longValueExact()
        : value.doubleValue();
  }
}
