package cn.gov.agency.meeting.archive;

import java.util.List;

/** What a section writes into the archive: documents (HTML) and files, each listed in the index. */
public interface ArchiveWriter {

  /** An HTML document, complete as given (e.g. the notice as it was sent). */
  void html(String path, String title, String html);

  /** A table rendered as a printable page: the common shape of a record's data. */
  void table(String path, String title, List<String> headers, List<List<String>> rows);

  /** A file as it was uploaded (a material, an invoice). */
  void file(String path, String title, byte[] content);
}
