package cn.gov.agency.meeting.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What the project records and shows about any stored file: its fingerprint and a readable size. */
public final class FileFacts {

  private FileFacts() {}

  /** Hex SHA-256 of the content: kept with every stored file and archive to prove it unchanged. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** 2 MB, 1.5 MB, 300 KB: sizes as the pages and error messages state them. */
  public static String readableSize(long bytes) {
    long megabyte = 1024 * 1024;
    if (bytes >= megabyte) {
      return bytes % megabyte == 0 ? bytes / megabyte + " MB" : String.format("%.1f MB", bytes / (double) megabyte);
    }
    return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
  }
}
