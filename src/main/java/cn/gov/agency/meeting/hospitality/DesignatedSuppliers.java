package cn.gov.agency.meeting.hospitality;

import cn.gov.agency.meeting.folders.AdminFolders;
import cn.gov.agency.meeting.validation.Violations;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The designated caterers and hotels of {@code processes/designated-suppliers.yaml}, read on every
 * use: an administrator's edit counts from the next arrangement on, without a restart.
 */
@Component
public class DesignatedSuppliers {

  static final String FILE = "designated-suppliers.yaml";
  private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final AdminFolders folders;

  public DesignatedSuppliers(AdminFolders folders) {
    this.folders = folders;
  }

  /** The designated caterer with this code; otherwise a violation naming the allowed ones. */
  Optional<DesignatedSupplier> caterer(Object code, String field, Violations violations) {
    return designated(read().caterers(), code, field, "定点餐饮单位", violations);
  }

  Optional<DesignatedSupplier> hotel(Object code, String field, Violations violations) {
    return designated(read().hotels(), code, field, "定点酒店", violations);
  }

  private static Optional<DesignatedSupplier> designated(List<DesignatedSupplier> suppliers, Object code,
      String field, String label, Violations violations) {
    if (code == null || code.toString().isBlank()) {
      violations.add(field, label, "required", "必须选择");
      return Optional.empty();
    }
    Optional<DesignatedSupplier> found = suppliers.stream().filter(s -> s.code().equals(code)).findFirst();
    if (found.isEmpty()) {
      violations.add(field, label, "designated", "只能选择" + label + "："
          + suppliers.stream().map(DesignatedSupplier::name).collect(Collectors.joining("、")));
    }
    return found;
  }

  private SuppliersFile read() {
    Resource resource = folders.processesFile(FILE);
    try (InputStream in = resource.getInputStream()) {
      SuppliersFile file = YAML.readValue(in, SuppliersFile.class);
      if (file.caterers() == null || file.hotels() == null) {
        throw new IllegalStateException(FILE + " must list caterers and hotels");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  private record SuppliersFile(List<DesignatedSupplier> caterers, List<DesignatedSupplier> hotels) {}
}
