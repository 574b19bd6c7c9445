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
 * The figures of one fault test: printed as one line (RELIABILITY crash: kills=20 …) and written to
 * target/reliability/&lt;name&gt;.json for the README's reliability section.
 */
final class NodeFigures {

  static final Path DIRECTORY = Path.of("target", "reliability");
  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();

  NodeFigures(String name) {
    this.name = name;
  }

  NodeFigures put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /** Prints and writes the figures; returns the summary line. */
  String report() {
    String line = "RELIABILITY " + name + ": " + values.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    System.out.println(line);
    try {
      Files.createDirectories(DIRECTORY);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(DIRECTORY.resolve(name + ".json").toFile(), values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line;
  }
}
