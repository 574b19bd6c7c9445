package cn.gov.agency.meeting.meetingtype;

import cn.gov.agency.meeting.deployment.AdminFolders;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The meeting types of {@code processes/meeting-types.yaml}. Read at start-up and again on
 * {@link #reload()} (after a redeployment), so a fifth type is a file edit, not a code change.
 */
@Component
public class MeetingTypeCatalogue {

  static final String FILE = "meeting-types.yaml";

  private final AdminFolders folders;
  private final AtomicReference<List<MeetingType>> types = new AtomicReference<>();

  public MeetingTypeCatalogue(AdminFolders folders) {
    this.folders = folders;
    reload();
  }

  public final void reload() {
    types.set(read(folders.processesFile(FILE)));
  }

  public List<MeetingType> all() {
    return types.get();
  }

  public Optional<MeetingType> find(String code) {
    return types.get().stream().filter(type -> type.code().equals(code)).findFirst();
  }

  static List<MeetingType> read(Resource resource) {
    ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = resource.getInputStream()) {
      List<MeetingType> types = yaml.readValue(in, TypesFile.class).types();
      if (types == null || types.isEmpty()) {
        throw new IllegalStateException(FILE + " declares no meeting types");
      }
      for (MeetingType type : types) {
        if (type.code() == null || !type.code().matches("[a-z][a-z0-9_]{0,39}") || type.name() == null) {
          throw new IllegalStateException(FILE + ": every type needs a code (lower-case letters, digits, _) and a name");
        }
      }
      if (types.stream().map(MeetingType::code).distinct().count() != types.size()) {
        throw new IllegalStateException(FILE + ": a type code is declared twice");
      }
      return List.copyOf(types);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  private record TypesFile(List<MeetingType> types) {}
}
