package cn.gov.agency.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pages' Content-Security-Policy and CSRF protection ask of every template: each form that
 * posts carries the token (an upload form in its action's query string too), and nothing runs as inline script (no script block, no on… handler, no
 * javascript: link), since the policy's script-src is 'self' only.
 */
class PageTemplatesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>(<@layout\\.csrf/>)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

  @Test
  void everyPostFormCarriesTheTokenAndNoTemplateRunsInlineScript() throws IOException {
    List<String> wrong = new ArrayList<>();
    int postForms = 0;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ftlh")).toList()) {
        String template = Files.readString(file, StandardCharsets.UTF_8);
        Matcher form = FORM.matcher(template);
        while (form.find()) {
          if (form.group().toLowerCase().contains("method=\"post\"")) {
            postForms++;
            if (form.group(1) == null) {
              wrong.add(file + ": a post form without <@layout.csrf/> right after its tag: " + form.group());
            }
            if (form.group().contains("multipart/form-data") && !form.group().contains("${layout.csrfQuery()}\"")) {
              wrong.add(file + ": an upload form without ${layout.csrfQuery()} at the end of its action: " + form.group());
            }
          }
        }
        for (Pattern inline : List.of(INLINE_SCRIPT, HANDLER, SCRIPT_URL)) {
          Matcher script = inline.matcher(template);
          while (script.find()) {
            wrong.add(file + ": inline script the CSP refuses: " + script.group());
          }
        }
      }
    }
    assertThat(postForms).as("post forms found").isGreaterThan(20);
    assertThat(wrong).isEmpty();
  }
}
