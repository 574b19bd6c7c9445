package cn.gov.agency.meeting.meeting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Chinese names of the stages and steps in a meeting's trail (meeting/trail-labels.properties):
 * the trail stores stable English codes, people read Chinese. A code without a name shows as itself.
 */
@Component
public class TrailLabels {

  private final Properties labels = new Properties();

  public TrailLabels() {
    try (Reader reader = new InputStreamReader(
        new ClassPathResource("meeting/trail-labels.properties").getInputStream(), StandardCharsets.UTF_8)) {
      labels.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String stage(String stage) {
    return labels.getProperty(stage, stage);
  }

  public String action(String stage, String action) {
    return labels.getProperty(stage + "." + action, action);
  }
}
