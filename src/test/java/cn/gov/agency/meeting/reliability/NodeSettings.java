package cn.gov.agency.meeting.reliability;

import java.util.HashMap;
import java.util.Map;

/** The command-line properties of a test node: this test's SMTP server, short lock times and retries. */
final class NodeSettings {

  private NodeSettings() {}

  static Map<String, String> of(NodeMail mail, Map<String, String> overrides) {
    Map<String, String> properties = new HashMap<>(Map.of(
        "spring.mail.host", "127.0.0.1",
        "spring.mail.port", String.valueOf(mail.port()),
        "meeting.notification.email-enabled", "true",
        // A killed node's jobs stay locked this long before another acquisition takes them.
        "camunda.bpm.job-execution.lock-time-in-millis", "8000",
        "camunda.bpm.job-execution.wait-time-in-millis", "300",
        "camunda.bpm.job-execution.max-wait", "1000",
        "meeting.notice.retry-cycle", "R5/PT2S",
        "logging.level.root", "WARN"));
    properties.put("logging.level.cn.gov.agency.meeting", "INFO");
    properties.putAll(overrides);
    return properties;
  }
}
