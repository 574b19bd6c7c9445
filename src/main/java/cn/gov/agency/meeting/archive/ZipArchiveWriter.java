package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.document.DocumentTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the sections into one zip, each under its own numbered folder, and remembers the index. */
final class ZipArchiveWriter implements ArchiveWriter {

  /** One line of the index: a section heading with its entries. */
  record IndexSection(String title, List<IndexEntry> entries) {}

  record IndexEntry(String path, String title, long sizeBytes) {}

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
  private final List<IndexSection> index = new ArrayList<>();
  private final DocumentTemplates pages;
  private String folder;

  ZipArchiveWriter(DocumentTemplates pages) {
    this.pages = pages;
  }

  void startSection(int number, String title) {
    folder = String.format("%02d", number) + "/";
    index.add(new IndexSection(title, new ArrayList<>()));
  }

  @Override
  public void html(String path, String title, String html) {
    put(path, title, html.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void table(String path, String title, List<String> headers, List<List<String>> rows) {
    html(path, title, pages.render("archive/table.ftlh", Map.of("title", title, "headers", headers, "rows", rows)));
  }

  @Override
  public void file(String path, String title, byte[] content) {
    put(path, title, content);
  }

  /** Adds the index page and closes the zip. */
  byte[] finish(Map<String, Object> indexModel) {
    Map<String, Object> model = new java.util.HashMap<>(indexModel);
    // Plain maps: the template engine reads only public types, these records are private to the archive.
    model.put("sections", index.stream().map(section -> Map.of("title", section.title(),
        "entries", section.entries().stream().map(entry -> Map.of("path", entry.path(), "title", entry.title(),
            "sizeBytes", entry.sizeBytes())).toList())).toList());
    try {
      zip.putNextEntry(new ZipEntry("index.html"));
      zip.write(pages.render("archive/index.ftlh", model).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  int entryCount() {
    return index.stream().mapToInt(section -> section.entries().size()).sum() + 1;
  }

  private void put(String path, String title, byte[] content) {
    if (folder == null) {
      throw new IllegalStateException("write within a section");
    }
    String name = folder + safe(path);
    try {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    index.get(index.size() - 1).entries().add(new IndexEntry(name, title, content.length));
  }

  /** Entry names come from code and sanitised uploads; still, nothing may leave its folder. */
  private static String safe(String path) {
    String cleaned = path.replace('\\', '/').replaceAll("/+", "/").replaceAll("^/", "");
    for (String segment : cleaned.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("archive entry path " + path + " is not a plain relative path");
      }
    }
    return cleaned;
  }
}
