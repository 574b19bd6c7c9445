package cn.gov.agency.meeting.reimbursement;

import cn.gov.agency.meeting.upload.UploadFileType;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What R6.2 leaves to the agency: the largest invoice file, the invoice file types accepted
 * (extensions {@link UploadFileType} knows; extension AND content are checked), the longest file
 * name kept, and the most items one claim may hold.
 */
@ConfigurationProperties("meeting.reimbursement")
public record ReimbursementSettings(
    @DefaultValue("10MB") DataSize maxInvoiceSize,
    @DefaultValue({"pdf", "jpg", "png"}) List<String> invoiceTypes,
    @DefaultValue("120") int maxFileNameLength,
    @DefaultValue("100") int maxItems) {

  public ReimbursementSettings {
    if (maxInvoiceSize.toBytes() <= 0) {
      throw new IllegalArgumentException("meeting.reimbursement.max-invoice-size must be positive");
    }
    invoiceTypes = invoiceTypes.stream().map(type -> type.trim().toLowerCase(Locale.ROOT)).toList();
    for (String type : invoiceTypes) {
      if (UploadFileType.ofExtension(type).isEmpty()) {
        throw new IllegalArgumentException("meeting.reimbursement.invoice-types: unknown file type " + type
            + "; known: " + UploadFileType.knownExtensions());
      }
    }
    if (maxFileNameLength < 10 || maxFileNameLength > 255) {
      throw new IllegalArgumentException("meeting.reimbursement.max-file-name-length must be between 10 and 255");
    }
    if (maxItems < 1) {
      throw new IllegalArgumentException("meeting.reimbursement.max-items must be at least 1");
    }
  }

  public boolean allows(String extension) {
    return invoiceTypes.contains(extension);
  }
}
