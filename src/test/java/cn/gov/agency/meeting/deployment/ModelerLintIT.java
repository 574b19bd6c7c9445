package cn.gov.agency.meeting.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The administrator opens {@code processes/} in Camunda Modeler, whose lint panel runs bpmnlint's
 * recommended rules: this runs the same linter (pinned in {@code src/test/modeler/package.json}) so
 * a diagram that would greet the administrator with errors or warnings fails the build. The
 * deployment check ({@link BpmnLint}) covers the rules that must also hold for a redeployment.
 *
 * <p>Needs Node.js; {@code .ci/run} runs {@code npm ci} in {@code src/test/modeler}.
 */
class ModelerLintIT {

  private static final Path MODELER_DIR = Path.of("src/test/modeler").toAbsolutePath();
  private static final Path PROCESSES = Path.of("processes").toAbsolutePath();

  @Test
  void everyDiagramIsCleanUnderTheModelersRecommendedRules() throws Exception {
    assertThat(MODELER_DIR.resolve("node_modules/bpmnlint/bin/bpmnlint.js"))
        .as("bpmnlint is not installed: run npm ci in src/test/modeler (.ci/run does)")
        .exists();
    List<String> command = new ArrayList<>(List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js",
        "--config", ".bpmnlintrc", "--max-warnings=0"));
    List<Path> diagrams = diagrams();
    assertThat(diagrams).as("diagrams in processes/").hasSizeGreaterThan(10);
    diagrams.forEach(diagram -> command.add(diagram.toString()));

    Process lint = new ProcessBuilder(command).directory(MODELER_DIR.toFile()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("bpmnlint finished").isTrue();

    assertThat(lint.exitValue()).as("bpmnlint over processes/ found problems:%n%s", output).isZero();
    assertThat(output).as("bpmnlint output").doesNotContain("warning", "error");
  }

  private static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
