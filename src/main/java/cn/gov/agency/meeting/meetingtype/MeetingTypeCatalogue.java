package cn.gov.agency.meeting.meetingtype;

import cn.gov.agency.meeting.folders.AdminFolders;
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
 * The meeting types of {@code processes/meeting-types.yaml} and the material kinds they require.
 * Read at start-up and again on {@link #reload()} (after a redeployment), so a fifth type or a new
 * material kind is a file edit, not a code change.
 */
@Component
public class MeetingTypeCatalogue {

  static final String FILE = "meeting-types.yaml";

  private final AdminFolders folders;
  private final AtomicReference<Contents> contents = new AtomicReference<>();

  public MeetingTypeCatalogue(AdminFolders folders) {
    this.folders = folders;
    reload();
  }

  public final void reload() {
    contents.set(read(folders.processesFile(FILE)));
  }

  public List<MeetingType> all() {
    return contents.get().types();
  }

  public Optional<MeetingType> find(String code) {
    return all().stream().filter(type -> type.code().equals(code)).findFirst();
  }

  /** Whether an attendee of a meeting of this type must name a substitute to ask for leave (代会, R5.1). */
  public boolean substituteRequired(String typeCode) {
    return find(typeCode).map(MeetingType::substituteRequired).orElse(false);
  }

  /** Whether the departments propose topics before the agenda of a meeting of this type is fixed (R2). */
  public boolean collectsTopics(String typeCode) {
    return find(typeCode).map(MeetingType::collectsTopics).orElse(false);
  }

  /** The type's notice fields; none for a type the file does not know. */
  public NoticeStructure notice(String typeCode) {
    return find(typeCode).map(MeetingType::notice).orElse(NoticeStructure.COMMON);
  }

  /** The type's minutes structure; the common record only for a type the file does not know. */
  public MinutesStructure minutes(String typeCode) {
    return find(typeCode).map(MeetingType::minutes).orElse(MinutesStructure.COMMON);
  }

  /** Every material kind a meeting may have, in the order the file declares them. */
  public List<MaterialKind> materialKinds() {
    return contents.get().materialKinds();
  }

  public Optional<MaterialKind> materialKind(String code) {
    return materialKinds().stream().filter(kind -> kind.code().equals(code)).findFirst();
  }

  /** What the host department must submit for a meeting of this type; a type without a list needs the agenda. */
  public List<MaterialKind> requiredMaterials(String typeCode) {
    List<String> codes = find(typeCode).map(MeetingType::requiredMaterials).orElse(List.of());
    if (codes.isEmpty()) {
      return List.of(materialKind(MaterialKind.AGENDA.code()).orElseThrow());
    }
    return codes.stream().map(code -> materialKind(code).orElseThrow()).toList();
  }

  static Contents read(Resource resource) {
    ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = resource.getInputStream()) {
      TypesFile file = yaml.readValue(in, TypesFile.class);
      List<MeetingType> types = file.types();
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
      types.forEach(MeetingTypeCatalogue::checkStructure);
      return new Contents(List.copyOf(types), materialKinds(file.materialKinds(), types));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }

  /** The notice fields and minutes sections a type declares: known roles and sections, each once. */
  private static void checkStructure(MeetingType type) {
    String where = FILE + ": type " + type.code();
    List<NoticeField> fields = type.notice().fields();
    for (NoticeField field : fields) {
      if (field.key() == null || !field.key().matches("[a-z][A-Za-z0-9]{0,39}") || field.label() == null
          || field.label().isBlank()) {
        throw new IllegalStateException(where + ": every notice field needs a key (a form field key) and a label");
      }
      if (!List.of(NoticeField.THEME, NoticeField.THEME_REQUIREMENTS).contains(field.role())) {
        throw new IllegalStateException(where + ": notice field " + field.key() + " needs a role, "
            + NoticeField.THEME + " or " + NoticeField.THEME_REQUIREMENTS);
      }
      if (field.maxLength() != null && (field.maxLength() < 1 || field.maxLength() > new NoticeField(null, null,
          field.role(), null, null).limit())) {
        throw new IllegalStateException(where + ": notice field " + field.key() + " has a maxLength out of range");
      }
    }
    if (fields.stream().map(NoticeField::role).distinct().count() != fields.size()) {
      throw new IllegalStateException(where + ": a notice field role is declared twice");
    }
    MinutesStructure minutes = type.minutes();
    for (String section : minutes.sections()) {
      MinutesSection.of(section).orElseThrow(() -> new IllegalStateException(where + ": unknown minutes section "
          + section + " (one of resolutions, findings, speakers, opinions)"));
    }
    for (MinutesStructure.RequiredSection required : minutes.required()) {
      boolean declared = MinutesSection.RESOLUTIONS.code().equals(required.section())
          || minutes.sections().contains(required.section());
      if (!declared || required.message() == null || required.message().isBlank()) {
        throw new IllegalStateException(where + ": required minutes section " + required.section()
            + " must be one of the type's sections (or resolutions) and carry a message");
      }
    }
    for (String field : minutes.requiredFields()) {
      if (!MinutesStructure.OPTIONAL_FIELDS.contains(field)) {
        throw new IllegalStateException(where + ": minutes field " + field + " cannot be made required (one of "
            + MinutesStructure.OPTIONAL_FIELDS + ")");
      }
    }
  }

  private static List<MaterialKind> materialKinds(List<MaterialKind> declared, List<MeetingType> types) {
    List<MaterialKind> kinds = declared == null || declared.isEmpty() ? List.of(MaterialKind.AGENDA) : declared;
    for (MaterialKind kind : kinds) {
      if (kind.code() == null || !kind.code().matches("[a-z][a-z0-9_]{0,39}") || kind.name() == null
          || kind.name().isBlank()) {
        throw new IllegalStateException(FILE + ": every material kind needs a code (lower-case letters, digits, _) and a name");
      }
    }
    if (kinds.stream().map(MaterialKind::code).distinct().count() != kinds.size()) {
      throw new IllegalStateException(FILE + ": a material kind code is declared twice");
    }
    if (kinds.stream().noneMatch(kind -> kind.code().equals(MaterialKind.AGENDA.code()))) {
      throw new IllegalStateException(FILE + ": the material kinds must include " + MaterialKind.AGENDA.code()
          + " (what a type without a list requires)");
    }
    for (MeetingType type : types) {
      for (String code : type.requiredMaterials()) {
        if (kinds.stream().noneMatch(kind -> kind.code().equals(code))) {
          throw new IllegalStateException(FILE + ": type " + type.code() + " requires material kind " + code
              + ", which materialKinds does not declare");
        }
      }
    }
    return List.copyOf(kinds);
  }

  record Contents(List<MeetingType> types, List<MaterialKind> materialKinds) {}

  private record TypesFile(List<MeetingType> types, List<MaterialKind> materialKinds) {}
}
