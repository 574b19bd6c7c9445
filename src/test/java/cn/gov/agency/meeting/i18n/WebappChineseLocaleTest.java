package cn.gov.agency.meeting.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the Simplified Chinese translation of the Camunda webapps (Tasklist, Cockpit, Admin,
 * Welcome).
 *
 * <p>Our {@code zh.json} files live in {@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/}
 * and are compared against the {@code en.json} shipped in the camunda-webapp-webjar on the test
 * classpath. When Camunda is upgraded and keys are added or removed, this test lists exactly what
 * has to be translated or deleted.
 */
class WebappChineseLocaleTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** {{name}} style angular-translate placeholders and moment.js %d / %s placeholders. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|%[ds]");

  /** Real HTML markup used in the labels (not pseudo tags such as {@code <null>}). */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?\\s*(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"");

  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

  /**
   * Values that legitimately stay identical in Chinese: product names, abbreviations and
   * technical tokens.
   */
  private static final Set<String> SAME_AS_ENGLISH_ALLOWED =
      Set.of(
          "Camunda",
          "BPMN",
          "DMN",
          "CMMN",
          "DRD",
          "ID",
          "ID*",
          "JSON",
          "XML",
          "CSV",
          "cron",
          "LDAP",
          "API",
          "URL",
          "<null>",
          "null");

  /** moment.js format patterns: language independent by nature. */
  private static final List<String> SAME_AS_ENGLISH_ALLOWED_KEY_PREFIXES =
      List.of("dateLocales.longDateFormat.", "dateLocales.calendar.sameElse");

  @ParameterizedTest(name = "{0}: zh.json matches the 7.24 en.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleIsCompleteAndTranslated(String app) throws IOException {
    URL enUrl = resource(app, "locales/en.json");
    assertThat(enUrl)
        .as("en.json of %s must come from the camunda-webapp-webjar (do not add an en.json to src/main/resources)", app)
        .isNotNull();
    assertThat(enUrl.toString()).as("origin of %s en.json", app).contains("camunda-webapp-webjar");
    URL zhUrl = resource(app, "locales/zh.json");
    assertThat(zhUrl).as("zh.json of %s on the classpath", app).isNotNull();

    Map<String, JsonNode> en = flatten(readJson(enUrl));
    Map<String, JsonNode> zh = flatten(readJson(zhUrl));

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(zh.keySet());
    Set<String> obsolete = new TreeSet<>(zh.keySet());
    obsolete.removeAll(en.keySet());

    List<String> wrongType = new ArrayList<>();
    List<String> lostPlaceholders = new ArrayList<>();
    List<String> brokenHtml = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();

    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      String key = entry.getKey();
      JsonNode enValue = entry.getValue();
      JsonNode zhValue = zh.get(key);
      if (zhValue == null) {
        continue;
      }
      if (enValue.getNodeType() != zhValue.getNodeType()) {
        wrongType.add(key + " (en " + enValue.getNodeType() + ", zh " + zhValue.getNodeType() + ")");
        continue;
      }
      if (!enValue.isTextual()) {
        continue;
      }
      String enText = enValue.asText();
      String zhText = zhValue.asText();

      List<String> lost = new ArrayList<>(placeholders(enText));
      for (String present : placeholders(zhText)) {
        lost.remove(present);
      }
      if (!lost.isEmpty()) {
        lostPlaceholders.add(key + " lost " + lost + " -> \"" + zhText + "\"");
      }

      if (!matches(HTML_TAG, enText, 1).equals(matches(HTML_TAG, zhText, 1))
          || !matches(HREF, enText, 1).equals(matches(HREF, zhText, 1))) {
        brokenHtml.add(key + " -> \"" + zhText + "\"");
      }

      if (zhText.equals(enText) && isTranslatable(key, enText)) {
        untranslated.add(key + " = \"" + enText + "\"");
      }
    }

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(missing).as("%s: keys of the 7.24 en.json missing in our zh.json", app).isEmpty();
    softly.assertThat(obsolete).as("%s: keys in our zh.json that en.json no longer has", app).isEmpty();
    softly.assertThat(wrongType).as("%s: zh values of a different JSON type than en", app).isEmpty();
    softly.assertThat(lostPlaceholders).as("%s: zh values that lost a placeholder", app).isEmpty();
    softly.assertThat(brokenHtml).as("%s: zh values whose HTML markup or links differ from en", app).isEmpty();
    softly.assertThat(untranslated).as("%s: zh values identical to English (untranslated)", app).isEmpty();
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}: config.js offers zh and falls back to zh")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configDeclaresChineseAsAvailableAndFallback(String app) throws IOException {
    URL url = resource(app, "scripts/config.js");
    assertThat(url).as("config.js of %s", app).isNotNull();
    assertThat(url.toString())
        .as("%s config.js must be our override, not the webjar's", app)
        .doesNotContain("camunda-webapp-webjar");

    String code = stripComments(read(url));

    Matcher available =
        Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]").matcher(code);
    assertThat(available.find()).as("%s: locales.availableLocales is declared (not commented out)", app).isTrue();
    List<String> locales = matches(Pattern.compile("['\"]([A-Za-z_-]+)['\"]"), available.group(1), 1);
    assertThat(locales).as("%s: availableLocales", app).contains("zh", "en");

    Matcher fallback =
        Pattern.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([A-Za-z_-]+)['\"]").matcher(code);
    assertThat(fallback.find()).as("%s: locales.fallbackLocale is declared (not commented out)", app).isTrue();
    assertThat(fallback.group(1)).as("%s: fallbackLocale", app).isEqualTo("zh");
  }

  @ParameterizedTest(name = "{0}: Chinese calendar starts on Monday")
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void chineseCalendarStartsOnMonday(String app) throws IOException {
    JsonNode week = readJson(resource(app, "locales/zh.json")).path("dateLocales").path("week");
    assertThat(week.path("dow").asInt(-1)).as("%s: dateLocales.week.dow (1 = Monday)", app).isEqualTo(1);
  }

  // --------------------------------------------------------------------------------------------

  private URL resource(String app, String path) {
    return getClass().getClassLoader().getResource(APP_ROOT + app + "/" + path);
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // the webjar's en.json files start with a UTF-8 byte order mark
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  private static JsonNode readJson(URL url) throws IOException {
    return MAPPER.readTree(read(url));
  }

  /** Flattens nested objects to dotted keys and arrays to {@code key[index]}. */
  static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    flatten("", root, result);
    return result;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> result) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        flatten(key, field.getValue(), result);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), result);
      }
    } else {
      result.put(prefix, node);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> result = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      result.add(m.group(1) != null ? "{{" + m.group(1) + "}}" : m.group());
    }
    return result;
  }

  private static List<String> matches(Pattern pattern, String text, int group) {
    List<String> result = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      result.add(m.group(group).toLowerCase());
    }
    result.sort(null);
    return result;
  }

  private static boolean isTranslatable(String key, String enText) {
    if (!HAS_LETTER.matcher(enText).find()) {
      return false; // "<", ">=", "{{count}}", ...
    }
    if (SAME_AS_ENGLISH_ALLOWED.contains(enText.trim())) {
      return false;
    }
    return SAME_AS_ENGLISH_ALLOWED_KEY_PREFIXES.stream().noneMatch(key::startsWith);
  }

  /** Removes // line comments and block comments (good enough for config.js). */
  private static String stripComments(String js) {
    String withoutBlocks = js.replaceAll("(?s)/\\*.*?\\*/", "");
    return withoutBlocks.replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?m)\\s//[^'\"\\n]*$", "");
  }
}
