package cn.gov.agency.meeting.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleCatalogueTest {

  private OrganisationSeed seed;
  private RoleCatalogue catalogue;

  @BeforeEach
  void setUp() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/organisation/organisation.yaml")) {
      seed = new OrganisationSeedReader().read(in, "organisation.yaml");
    }
    catalogue = new RoleCatalogue(seed);
  }

  @Test
  void departmentRolesBecomeOneGroupPerDepartment() {
    assertThat(catalogue.allGroupIds())
        .contains("office", "leadership", "finance", "auditor", "attendee", "camunda-admin",
            "staff-policy", "head-policy", "leader-policy", "leader-business", "staff-finance");
  }

  @Test
  void aLeaderIsInTheLeaderGroupOfEveryDepartmentInChargeAndNoOther() {
    var qianjun = person("qianjun");
    assertThat(catalogue.groupIdsOf(qianjun))
        .contains("leader-policy", "leader-business", "leadership", "attendee")
        .doesNotContain("leader-technology", "leader-finance", "office");
  }

  @Test
  void staffAndHeadRolesApplyToTheirOwnDepartment() {
    assertThat(catalogue.groupIdsOf(person("wangli"))).containsExactlyInAnyOrder("attendee", "staff-policy");
    assertThat(catalogue.groupIdsOf(person("liming"))).containsExactlyInAnyOrder("attendee", "office", "head-office");
  }

  @Test
  void candidateGroupsMustNameARole() {
    assertThat(catalogue.isKnownCandidateGroup("office")).isTrue();
    assertThat(catalogue.isKnownCandidateGroup("leader-${hostDepartment}")).isFalse();
    assertThat(catalogue.isKnownCandidateGroup(" head-policy ")).isTrue();
    assertThat(catalogue.isKnownCandidateGroup("offices")).isFalse();
    assertThat(catalogue.isKnownCandidateGroup("boss-${hostDepartment}")).isFalse();
    assertThat(catalogue.isKnownCandidateGroup("office-${hostDepartment}")).isFalse();
    assertThat(catalogue.isKnownCandidateGroup("${anyGroup}")).isFalse();
  }

  private OrganisationSeed.PersonSeed person(String id) {
    return seed.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
