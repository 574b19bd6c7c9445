package cn.gov.agency.meeting.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The file types materials may have. A file is of a type only when its name's extension AND its
 * first bytes say so: an executable renamed to .pdf is not a PDF. The content type served on
 * download is the one fixed here, never what the uploader's browser claimed.
 */
public enum UploadFileType {
  PDF("application/pdf", content -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)), "pdf"),
  DOC("application/msword", UploadFileType::isOle2, "doc"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      content -> OfficeOpenXml.hasEntry(content, "word/document.xml"), "docx"),
  XLS("application/vnd.ms-excel", UploadFileType::isOle2, "xls"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content -> OfficeOpenXml.hasEntry(content, "xl/workbook.xml"), "xlsx"),
  PPT("application/vnd.ms-powerpoint", UploadFileType::isOle2, "ppt"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation",
      content -> OfficeOpenXml.hasEntry(content, "ppt/presentation.xml"), "pptx"),
  TXT("text/plain", UploadFileType::isPlainText, "txt"),
  JPG("image/jpeg", content -> startsWith(content, 0xFF, 0xD8, 0xFF), "jpg", "jpeg"),
  PNG("image/png", content -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), "png");

  private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  /** What a text file must not start with: executables, archives, PDFs and Office files. */
  private static final List<byte[]> BINARY_STARTS = List.of(bytes('M', 'Z'), bytes(0x7F, 'E', 'L', 'F'),
      bytes('P', 'K', 3, 4), "%PDF".getBytes(StandardCharsets.US_ASCII), OLE2, bytes(0xCA, 0xFE, 0xBA, 0xBE));

  private final String contentType;
  private final Predicate<byte[]> signature;
  private final List<String> extensions;

  UploadFileType(String contentType, Predicate<byte[]> signature, String... extensions) {
    this.contentType = contentType;
    this.signature = signature;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  public boolean contentMatches(byte[] content) {
    return signature.test(content);
  }

  public static Optional<UploadFileType> ofExtension(String extension) {
    return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
  }

  public static List<String> knownExtensions() {
    return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
  }

  private static boolean isOle2(byte[] content) {
    return startsWith(content, OLE2);
  }

  /** No NUL bytes, nothing binary at the start, and readable as UTF-8 or as GB18030 (older Chinese files). */
  private static boolean isPlainText(byte[] content) {
    if (BINARY_STARTS.stream().anyMatch(start -> startsWith(content, start))) {
      return false;
    }
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    return decodes(content, StandardCharsets.UTF_8) || decodes(content, Charset.forName("GB18030"));
  }

  private static boolean decodes(byte[] content, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] content, int... start) {
    return startsWith(content, bytes(start));
  }

  private static boolean startsWith(byte[] content, byte[] start) {
    return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }
}
