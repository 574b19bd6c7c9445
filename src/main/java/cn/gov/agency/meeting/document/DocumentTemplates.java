package cn.gov.agency.meeting.document;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every document, mail and printable page the application generates is a FreeMarker template of
 * {@code src/main/resources/templates} rendered to text here (output format HTML for {@code .ftlh}:
 * every value is escaped).
 */
@Component
public class DocumentTemplates {

  /** The template a meeting type without its own falls back to: {@code <folder>/default.ftlh}. */
  public static final String DEFAULT_TEMPLATE = "default";
  private static final Pattern TYPE_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Configuration freemarker;

  public DocumentTemplates(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  public String render(String templateName, Object model) {
    return render(template(templateName), model);
  }

  /**
   * Renders the meeting type's own template {@code <folder>/<type>.ftlh}, or the folder's default
   * for a type an administrator added by configuration without writing one yet.
   */
  public String renderForType(String folder, String meetingType, Object model) {
    if (meetingType != null && TYPE_CODE.matcher(meetingType).matches()) {
      try {
        return render(freemarker.getTemplate(folder + "/" + meetingType + ".ftlh"), model);
      } catch (TemplateNotFoundException e) {
        // falls back to the default below
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return render(folder + "/" + DEFAULT_TEMPLATE + ".ftlh", model);
  }

  private Template template(String name) {
    try {
      return freemarker.getTemplate(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(Template template, Object model) {
    StringWriter out = new StringWriter();
    try {
      template.process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("Template " + template.getName() + " failed", e);
    }
    return out.toString();
  }
}
