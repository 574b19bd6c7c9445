package cn.gov.agency.meeting.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The administrator's folders: {@code processes/} (BPMN, DMN, calendar, meeting types) and
 * {@code forms/} (Camunda Forms). An administrator edits them in place and redeploys without a
 * build; a packaged jar started elsewhere falls back to the copies the build put on the classpath.
 */
@Component
public class AdminFolders {

  private final Path processesDir;
  private final Path formsDir;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public AdminFolders(
      @Value("${meeting.admin-folder.processes:processes}") String processesDir,
      @Value("${meeting.admin-folder.forms:forms}") String formsDir) {
    this.processesDir = Path.of(processesDir);
    this.formsDir = Path.of(formsDir);
  }

  public List<AdminResource> processResources() {
    return list(processesDir, "processes", List.of(".bpmn", ".dmn"));
  }

  public List<AdminResource> formResources() {
    return list(formsDir, "forms", List.of(".form"));
  }

  /** One named file of the processes folder, e.g. {@code working-calendar.yaml}. */
  public Resource processesFile(String name) {
    Path file = processesDir.resolve(name);
    if (Files.isRegularFile(file)) {
      return new FileSystemResource(file);
    }
    return resolver.getResource("classpath:processes/" + name);
  }

  /** A folder of the processes folder on disk (e.g. {@code templates}); empty when there is none. */
  public Optional<Path> processesSubfolder(String name) {
    Path dir = processesDir.resolve(name);
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  public String describeSource() {
    return Files.isDirectory(processesDir)
        ? "folder " + processesDir.toAbsolutePath().normalize()
        : "classpath:processes/";
  }

  private List<AdminResource> list(Path dir, String classpathFolder, List<String> endings) {
    return Files.isDirectory(dir)
        ? fromFolder(dir, endings)
        : fromClasspath(classpathFolder, endings);
  }

  private List<AdminResource> fromFolder(Path dir, List<String> endings) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<AdminResource> result = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        if (hasEnding(name, endings)) {
          result.add(new AdminResource(name, Files.readAllBytes(file)));
        }
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read admin folder " + dir, e);
    }
  }

  private List<AdminResource> fromClasspath(String folder, List<String> endings) {
    try {
      String base = "/" + folder + "/";
      List<AdminResource> result = new ArrayList<>();
      for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
        if (!resource.isReadable()) {
          continue;
        }
        String url = resource.getURL().toString();
        String name = url.substring(url.lastIndexOf(base) + base.length());
        if (hasEnding(name, endings)) {
          try (var in = resource.getInputStream()) {
            result.add(new AdminResource(name, in.readAllBytes()));
          }
        }
      }
      result.sort(Comparator.comparing(AdminResource::name));
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath folder " + folder, e);
    }
  }

  private static boolean hasEnding(String name, List<String> endings) {
    return endings.stream().anyMatch(name::endsWith);
  }

  /** A deployable file under the name it is deployed with (stable across run modes). */
  public record AdminResource(String name, byte[] content) {}
}
