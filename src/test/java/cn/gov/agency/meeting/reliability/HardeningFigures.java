package cn.gov.agency.meeting.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one reliability suite (races, bad inputs, authorization): printed as one
 * {@code RELIABILITY <suite>: key=value …} line for the CI log and the README, and written to
 * {@code target/reliability/<suite>.json}.
 */
public final class HardeningFigures {

  private static final Path DIRECTORY = Path.of("target", "reliability");
  private final String suite;
  private final Map<String, Object> figures = new LinkedHashMap<>();

  public HardeningFigures(String suite) {
    this.suite = suite;
  }

  public HardeningFigures put(String name, Object value) {
    figures.put(name, value);
    return this;
  }

  public synchronized HardeningFigures add(String name, long amount) {
    figures.merge(name, amount, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    return this;
  }

  public long get(String name) {
    return figures.get(name) instanceof Number n ? n.longValue() : 0;
  }

  public void publish() {
    System.out.println("RELIABILITY " + suite + ": " + figures.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
    try {
      Files.createDirectories(DIRECTORY);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(DIRECTORY.resolve(suite + ".json").toFile(), figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
