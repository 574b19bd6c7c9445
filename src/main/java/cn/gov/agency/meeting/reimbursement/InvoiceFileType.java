package cn.gov.agency.meeting.reimbursement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The file types an invoice may have (electronic invoices are PDFs, paper ones are scanned or
 * photographed). A file is of a type only when its extension AND its first bytes say so; the
 * content type served on download is fixed here, never what the uploader's browser claimed.
 */
enum InvoiceFileType {
  PDF("application/pdf", content -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)), "pdf"),
  JPG("image/jpeg", content -> startsWith(content, bytes(0xFF, 0xD8, 0xFF)), "jpg", "jpeg"),
  PNG("image/png", content -> startsWith(content, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)), "png");

  private final String contentType;
  private final Predicate<byte[]> signature;
  private final List<String> extensions;

  InvoiceFileType(String contentType, Predicate<byte[]> signature, String... extensions) {
    this.contentType = contentType;
    this.signature = signature;
    this.extensions = List.of(extensions);
  }

  String contentType() {
    return contentType;
  }

  boolean contentMatches(byte[] content) {
    return signature.test(content);
  }

  static Optional<InvoiceFileType> ofExtension(String extension) {
    return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
  }

  static List<String> knownExtensions() {
    return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
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
