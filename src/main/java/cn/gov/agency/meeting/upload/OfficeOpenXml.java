package cn.gov.agency.meeting.upload;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Whether a .docx/.xlsx/.pptx (a ZIP file) holds the part that makes it that kind of document.
 * Only the ZIP's central directory is read, never an entry's data: a ZIP bomb costs nothing here.
 */
public final class OfficeOpenXml {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int END_RECORD_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;

  private OfficeOpenXml() {}

  public static boolean hasEntry(byte[] zip, String entryName) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    if (zip.length < END_RECORD_SIZE || buffer.getInt(0) != LOCAL_HEADER) {
      return false;
    }
    int end = endOfDirectory(buffer);
    if (end < 0) {
      return false;
    }
    int entries = Short.toUnsignedInt(buffer.getShort(end + 10));
    long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
    boolean contentTypes = false;
    boolean part = false;
    for (int i = 0; i < entries; i++) {
      if (offset + 46 > zip.length || buffer.getInt((int) offset) != CENTRAL_HEADER) {
        return false;
      }
      int nameLength = Short.toUnsignedInt(buffer.getShort((int) offset + 28));
      int extraLength = Short.toUnsignedInt(buffer.getShort((int) offset + 30));
      int commentLength = Short.toUnsignedInt(buffer.getShort((int) offset + 32));
      if (offset + 46 + nameLength > zip.length) {
        return false;
      }
      String name = new String(zip, (int) offset + 46, nameLength, StandardCharsets.UTF_8);
      contentTypes |= name.equals("[Content_Types].xml");
      part |= name.equals(entryName);
      offset += 46L + nameLength + extraLength + commentLength;
    }
    return contentTypes && part;
  }

  /** The end-of-central-directory record is last, followed only by the archive comment. */
  private static int endOfDirectory(ByteBuffer buffer) {
    int last = buffer.capacity() - END_RECORD_SIZE;
    for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
      if (buffer.getInt(at) == END_OF_DIRECTORY) {
        return at;
      }
    }
    return -1;
  }
}
