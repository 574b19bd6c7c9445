package cn.gov.agency.meeting.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrganisationSeedReaderTest {

  private final OrganisationSeedReader reader = new OrganisationSeedReader();

  @Test
  void shippedOrganisationIsValidAndRoutesEveryDepartmentToALeader() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/organisation/organisation.yaml")) {
      OrganisationSeed seed = reader.read(in, "organisation.yaml");
      assertThat(seed.departments()).extracting(OrganisationSeed.DepartmentSeed::name)
          .contains("办公室", "财务处", "政策法规处", "综合业务处", "科技信息处");
      RoleCatalogue catalogue = new RoleCatalogue(seed);
      for (var department : seed.departments()) {
        assertThat(seed.people()).as("leader in charge of %s", department.code())
            .anyMatch(p -> catalogue.groupIdsOf(p).contains("leader-" + department.code()));
      }
      assertThat(catalogue.role("auditor")).isPresent();
      assertThat(seed.inboxes()).extracting(OrganisationSeed.InboxDefinition::name)
          .contains("办公室待办", "分管领导审批", "领导班子审定", "财务审核", "本部门待办", "我的待办", "审计查询");
    }
  }

  @Test
  void refusesUnknownDepartmentsRolesAndDepartmentsWithoutLeader() {
    String yaml = """
        roles:
          - { id: staff, name: 经办人, scope: department }
          - { id: leader, name: 分管领导, scope: department }
        departments:
          - { code: policy, name: 政策法规处 }
          - { code: finance, name: 财务处 }
        people:
          - { id: a, familyName: 王, givenName: 丽, department: nowhere, roles: [staff, boss] }
          - { id: b, familyName: 钱, givenName: 军, department: policy, roles: [leader] }
          - { id: a, familyName: 王, givenName: 丽, department: policy, roles: [staff] }
        """;
    assertThatThrownBy(() -> read(yaml))
        .hasMessageContaining("person a: unknown department nowhere")
        .hasMessageContaining("person a: unknown role boss")
        .hasMessageContaining("person b: role leader needs 'leads'")
        .hasMessageContaining("person a is declared twice")
        .hasMessageContaining("department policy has no leader in charge")
        .hasMessageContaining("department finance has no leader in charge");
  }

  @Test
  void refusesUnknownKeysSoTyposDoNotSilentlyDropData() {
    assertThatThrownBy(() -> read("departmnts: []\n"))
        .isInstanceOf(OrganisationSeedReader.InvalidOrganisationException.class)
        .hasMessageContaining("departmnts");
  }

  private OrganisationSeed read(String yaml) {
    return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
