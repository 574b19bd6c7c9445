package cn.gov.agency.meeting.document;

import cn.gov.agency.meeting.folders.AdminFolders;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
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
  /** The administrator's templates: {@code processes/templates/<folder>/<type>.ftlh} (R1.1). */
  public static final String ADMIN_TEMPLATES = "templates";
  private static final Pattern TYPE_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final Configuration freemarker;
  private final Configuration typeTemplates;

  public DocumentTemplates(Configuration freemarker, AdminFolders folders) {
    this.freemarker = freemarker;
    this.typeTemplates = typeTemplates(freemarker, folders);
  }

  /**
   * The same configuration, looking first in the administrator's folder: a type's notice or output
   * document edited or added there wins over the built-in one, and may import the built-in layouts.
   */
  private static Configuration typeTemplates(Configuration base, AdminFolders folders) {
    TemplateLoader admin = folders.processesSubfolder(ADMIN_TEMPLATES).map(DocumentTemplates::fileLoader)
        .orElseGet(() -> new ClassTemplateLoader(DocumentTemplates.class.getClassLoader(),
            "processes/" + ADMIN_TEMPLATES));
    Configuration copy = (Configuration) base.clone();
    copy.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {admin, base.getTemplateLoader()}));
    return copy;
  }

  private static TemplateLoader fileLoader(java.nio.file.Path dir) {
    try {
      return new FileTemplateLoader(dir.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the template folder " + dir, e);
    }
  }

  public String render(String templateName, Object model) {
    return render(template(templateName), model);
  }

  /**
   * Renders the meeting type's own template {@code <folder>/<type>.ftlh} — the administrator's in
   * processes/templates first, then the built-in one — or the folder's default for a type added by
   * configuration without a template of its own yet.
   */
  public String renderForType(String folder, String meetingType, Object model) {
    if (meetingType != null && TYPE_CODE.matcher(meetingType).matches()) {
      try {
        return render(typeTemplates.getTemplate(folder + "/" + meetingType + ".ftlh"), model);
      } catch (TemplateNotFoundException e) {
        // falls back to the default below
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      return render(typeTemplates.getTemplate(folder + "/" + DEFAULT_TEMPLATE + ".ftlh"), model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
