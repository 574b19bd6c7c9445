package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The change log is append-only: the application has no way to rewrite it. */
class RecordChangeLogTest {

  @Test
  void theRepositoryOnlyReads() {
    List<String> methods = Arrays.stream(RecordChangeLog.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).toList();
    assertThat(methods).containsExactly("ofMeeting");
  }

  @Test
  void noCodeUpdatesOrDeletesTheChangeLog() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      List<Path> offending = files.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".sql")
              || path.toString().endsWith(".xml"))
          .filter(path -> !path.toString().contains("V20_1__"))
          .filter(RecordChangeLogTest::rewritesChangeLog)
          .toList();
      assertThat(offending).isEmpty();
    }
  }

  private static boolean rewritesChangeLog(Path path) {
    try {
      String code = Files.readString(path).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      return code.contains("update record_change") || code.contains("delete from record_change")
          || code.contains("truncate table record_change") || code.contains("drop table record_change");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
