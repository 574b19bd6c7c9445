package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.upload.UploadFileType;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What R3.4 leaves to the agency: the largest file accepted, the file types accepted (extensions
 * {@link UploadFileType} knows), the spare copies printed on top of one per participant, and
 * the longest file name kept.
 */
@ConfigurationProperties("meeting.materials")
public record MaterialsSettings(
    @DefaultValue("20MB") DataSize maxFileSize,
    @DefaultValue({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "jpg", "png"}) List<String> allowedTypes,
    @DefaultValue("0") int spareCopies,
    @DefaultValue("120") int maxFileNameLength) {

  public MaterialsSettings {
    if (maxFileSize.toBytes() <= 0) {
      throw new IllegalArgumentException("meeting.materials.max-file-size must be positive");
    }
    allowedTypes = allowedTypes.stream().map(type -> type.trim().toLowerCase(Locale.ROOT)).toList();
    for (String type : allowedTypes) {
      if (UploadFileType.ofExtension(type).isEmpty()) {
        throw new IllegalArgumentException("meeting.materials.allowed-types: unknown file type " + type
            + "; known: " + UploadFileType.knownExtensions());
      }
    }
    if (spareCopies < 0) {
      throw new IllegalArgumentException("meeting.materials.spare-copies must be >= 0");
    }
    if (maxFileNameLength < 10 || maxFileNameLength > 255) {
      throw new IllegalArgumentException("meeting.materials.max-file-name-length must be between 10 and 255");
    }
  }

  public boolean allows(String extension) {
    return allowedTypes.contains(extension);
  }
}
