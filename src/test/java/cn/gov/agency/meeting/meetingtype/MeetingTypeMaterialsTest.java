package cn.gov.agency.meeting.meetingtype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.agency.meeting.folders.AdminFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;

/** The material kinds each meeting type requires (R3.4), as processes/meeting-types.yaml declares them. */
class MeetingTypeMaterialsTest {

  @TempDir Path folder;

  @Test
  void shippedTypesRequireTheirKindsOfR34() {
    MeetingTypeCatalogue catalogue = new MeetingTypeCatalogue(new AdminFolders("processes", "forms"));
    assertThat(catalogue.requiredMaterials("work_deployment")).extracting(MaterialKind::name)
        .containsExactly("议程", "领导讲话稿", "工作报告");
    assertThat(catalogue.requiredMaterials("business_seminar")).extracting(MaterialKind::code)
        .containsExactly("agenda", "discussion_outline");
    assertThat(catalogue.requiredMaterials("experience_exchange")).extracting(MaterialKind::code)
        .containsExactly("agenda", "exchange_materials");
    assertThat(catalogue.requiredMaterials("symposium")).extracting(MaterialKind::code)
        .containsExactly("agenda", "discussion_outline");
  }

  @Test
  void aTypeWithoutAListRequiresOnlyTheAgenda() throws IOException {
    write("""
        materialKinds:
          - { code: agenda, name: 会议议程 }
          - { code: work_report, name: 工作报告 }
        types:
          - { code: training, name: 培训会 }
          - { code: report, name: 汇报会, requiredMaterials: [work_report] }
        """);
    MeetingTypeCatalogue catalogue = new MeetingTypeCatalogue(new AdminFolders(folder.toString(), "forms"));
    assertThat(catalogue.requiredMaterials("training")).containsExactly(new MaterialKind("agenda", "会议议程"));
    assertThat(catalogue.requiredMaterials("no_such_type")).extracting(MaterialKind::code).containsExactly("agenda");
    assertThat(catalogue.requiredMaterials("report")).extracting(MaterialKind::code).containsExactly("work_report");
  }

  @Test
  void aFileWithoutMaterialKindsStillReadsAndKnowsTheAgenda() {
    MeetingTypeCatalogue.Contents contents = MeetingTypeCatalogue.read(yaml("""
        types:
          - { code: training, name: 培训会 }
        """));
    assertThat(contents.types()).extracting(MeetingType::code).containsExactly("training");
    assertThat(contents.materialKinds()).containsExactly(MaterialKind.AGENDA);
  }

  @Test
  void aRequiredKindThatIsNotDeclaredIsRefused() {
    assertThatThrownBy(() -> MeetingTypeCatalogue.read(yaml("""
        materialKinds:
          - { code: agenda, name: 议程 }
        types:
          - { code: training, name: 培训会, requiredMaterials: [agenda, slides] }
        """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("slides");
  }

  @Test
  void theAgendaMustStayDeclared() {
    assertThatThrownBy(() -> MeetingTypeCatalogue.read(yaml("""
        materialKinds:
          - { code: work_report, name: 工作报告 }
        types:
          - { code: training, name: 培训会 }
        """))).isInstanceOf(IllegalStateException.class).hasMessageContaining("agenda");
  }

  private void write(String content) throws IOException {
    Files.writeString(folder.resolve(MeetingTypeCatalogue.FILE), content, StandardCharsets.UTF_8);
  }

  private static ByteArrayResource yaml(String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
  }
}
