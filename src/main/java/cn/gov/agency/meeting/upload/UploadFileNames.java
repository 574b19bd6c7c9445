package cn.gov.agency.meeting.upload;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * File names as uploaders give them are only ever displayed and offered back on download, never
 * used as a path. Still, what is kept is cleaned: no folders ({@code ../../etc/passwd.pdf} is kept
 * as {@code passwd.pdf}), no control or invisible direction characters (which can disguise an
 * extension), none of the characters Windows forbids.
 */
public final class UploadFileNames {

  private static final String FORBIDDEN = "<>:\"|?*";
  private static final String ATTR_CHAR_SPECIALS = "!#$&+-.^_`|~";

  private UploadFileNames() {}

  /** The name to keep, or empty text when nothing usable is left. */
  public static String clean(String given) {
    if (given == null) {
      return "";
    }
    String lastSegment = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    lastSegment.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        kept.append(' ');
      } else if (FORBIDDEN.indexOf(c) >= 0) {
        kept.append('_');
      } else if (!isInvisible(c)) {
        kept.appendCodePoint(c);
      }
    });
    return kept.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+|[. ]+$", "");
  }

  /** The lower-case extension of a cleaned name, or empty text. */
  public static String extension(String cleanName) {
    int dot = cleanName.lastIndexOf('.');
    return dot <= 0 ? "" : cleanName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * {@code attachment} with an ASCII fallback name for old clients and the exact name as RFC 5987
   * {@code filename*}, so no quote, semicolon or line break of a name can reach the header.
   */
  public static String contentDisposition(String cleanName) {
    StringBuilder fallback = new StringBuilder();
    cleanName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
        && c != ';' && c != '%' ? (char) c : '_'));
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncode(cleanName);
  }

  private static String percentEncode(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR_SPECIALS.indexOf(c) >= 0)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format("%02X", c));
      }
    }
    return encoded.toString();
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE || type == Character.SURROGATE;
  }
}
