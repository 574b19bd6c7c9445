package cn.gov.agency.meeting.materials;

import java.nio.charset.StandardCharsets;

/** File contents for upload tests: real signatures, tiny bodies. */
final class SampleFiles {

  private SampleFiles() {}

  static byte[] pdf(String text) {
    return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a Windows executable. */
  static byte[] exe() {
    byte[] content = new byte[256];
    content[0] = 'M';
    content[1] = 'Z';
    content[2] = (byte) 0x90;
    return content;
  }
}
