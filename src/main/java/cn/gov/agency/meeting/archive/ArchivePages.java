package cn.gov.agency.meeting.archive;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders the archive's own pages (index, tables) with the application's FreeMarker templates. */
@Component
class ArchivePages {

  private final Configuration freemarker;

  ArchivePages(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      freemarker.getTemplate(template).process(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("archive template " + template + " failed", e);
    }
    return out.toString();
  }
}
