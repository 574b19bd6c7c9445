package cn.gov.agency.meeting.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** The organisation file, turned into Camunda identity, grants and inboxes, any number of times. */
@ProcessTest
class OrganisationBootstrapTest {

  @Autowired OrganisationBootstrap bootstrap;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;
  @Autowired OrganisationDirectory directory;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  @Test
  void runningTheBootstrapAgainChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long changes = jdbc.queryForObject("select count(*) from record_change", Long.class);

    bootstrap.run(new DefaultApplicationArguments());

    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(jdbc.queryForObject("select count(*) from record_change", Long.class))
        .as("the audit's change log: nothing was rewritten").isEqualTo(changes);
  }

  @Test
  void adminShowsTheFamilyNameAsLastNameAndTheGivenNameAsFirstName() {
    var user = identityService.createUserQuery().userId("wangli").singleResult();
    assertThat(user.getLastName()).as("姓").isEqualTo("王");
    assertThat(user.getFirstName()).as("名").isEqualTo("丽");
    assertThat(directory.person("wangli").orElseThrow().fullName()).isEqualTo("王丽");
    assertThat(directory.person("wangli").orElseThrow().departmentName()).isEqualTo("政策法规处");
    assertThat(identityService.createGroupQuery().groupId("leader-policy").singleResult().getType()).isEqualTo("部门角色");
    assertThat(identityService.createGroupQuery().groupId("office").singleResult().getType()).isEqualTo("角色");
  }

  @Test
  void everyoneSeesExactlyTheInboxesOfTheirRoles() {
    assertThat(visibleFilters("wangli")).containsExactlyInAnyOrder("我的待办", "本部门待办（政策法规处）");
    assertThat(visibleFilters("qianjun")).containsExactlyInAnyOrder("我的待办", "分管领导审批（钱军）", "领导班子审定");
    assertThat(visibleFilters("liming")).containsExactlyInAnyOrder("我的待办", "办公室待办", "部门负责人审核（办公室）");
    assertThat(visibleFilters("zhengyan")).containsExactlyInAnyOrder("我的待办", "财务审核", "本部门待办（财务处）");
    assertThat(visibleFilters("shenyu")).containsExactlyInAnyOrder("我的待办", "审计查询");
    assertThat(visibleFilters("hanmei")).containsExactlyInAnyOrder("我的待办", "会议记录");
  }

  @Test
  void theAdministratorTellsEveryFilterApartByItsName() {
    List<String> names = visibleFilters("admin");
    assertThat(names).hasSizeGreaterThan(10).doesNotHaveDuplicates()
        .contains("本部门待办（办公室）", "本部门待办（政策法规处）", "分管领导审批（孙红）");
  }

  /** Tasklist opens on the visible filter with the smallest priority. */
  @Test
  void everyoneOpensOnTheInboxOfTheirOwnRoleNotOnWhatTheyClaimed() {
    assertThat(landingFilter("wangli")).isEqualTo("本部门待办（政策法规处）");
    assertThat(landingFilter("fenggang")).isEqualTo("部门负责人审核（政策法规处）");
    assertThat(landingFilter("qianjun")).isEqualTo("分管领导审批（钱军）");
    assertThat(landingFilter("zhouping")).isEqualTo("办公室待办");
    assertThat(landingFilter("liming")).isEqualTo("办公室待办");
    assertThat(landingFilter("wuhua")).isEqualTo("财务审核");
    assertThat(landingFilter("zhengyan")).isEqualTo("财务审核");
    assertThat(landingFilter("weilan")).isEqualTo("本部门待办（科技信息处）");
    assertThat(landingFilter("hanmei")).isEqualTo("会议记录");
    assertThat(landingFilter("shenyu")).isEqualTo("审计查询");
  }

  @Test
  void inboxesListWhatIsDueFirstFirstAndShowTheirCountsAndColumns() {
    Filter inbox = new AsUser(identityService).call("wangli", () -> filterService.createTaskFilterQuery()
        .filterName("本部门待办（政策法规处）").singleResult());
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) inbox.getQuery()).getOrderingProperties())
        .extracting(o -> o.getQueryProperty().getName())
        .containsExactly("DUE_DATE_", "CREATE_TIME_");
    assertThat(inbox.getProperties()).containsEntry("refresh", true);
    assertThat(inbox.getProperties().get("variables").toString())
        .contains("inboxMeetingTitle", "会议名称", "inboxRequesterName", "请假人", "inboxApplicantName", "申请人");
  }

  @Test
  void aLeadersInboxCoversTheDepartmentsInChargeOnly() {
    Filter qianjun = leaderFilterOf("qianjun");
    assertThat(((org.camunda.bpm.engine.impl.TaskQueryImpl) qianjun.getQuery()).getCandidateGroupsInternal())
        .containsExactlyInAnyOrder("leader-policy", "leader-business");
    assertThat(authorizationService.isUserAuthorized("sunhong", groupsOf("sunhong"), Permissions.READ,
        Resources.FILTER, qianjun.getId())).isFalse();
    assertThat(qianjun.getProperties().get("description").toString()).endsWith("（钱军）");
  }

  @Test
  void membershipsFollowTheOrganisationFile() {
    assertThat(identityService.createUserQuery().memberOfGroup("leader-policy").list())
        .extracting(u -> u.getId()).containsExactly("qianjun");
    assertThat(identityService.createUserQuery().memberOfGroup("office").list())
        .extracting(u -> u.getId()).containsExactlyInAnyOrder("liming", "zhouping");
    assertThat(identityService.createGroupQuery().groupId("leader-policy").singleResult().getName())
        .isEqualTo("分管领导·政策法规处");
  }

  @Test
  void theInboxColumnsAreReadableByWhoeverMayReadTheTask() {
    AsUser as = new AsUser(identityService);
    var pi = as.call("wangli", () -> runtimeService.startProcessInstanceByKey("adhocMeetingApplication",
        cn.gov.agency.meeting.support.SampleForms.adhocApplication()));
    String taskId = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
    assertThat(as.call("qianjun", () -> runtimeService.createVariableInstanceQuery().taskIdIn(taskId).list())
        .stream().collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue())))
        .containsEntry("inboxMeetingTitle", "政策解读部署会")
        .containsEntry("inboxHostDepartmentName", "政策法规处")
        .containsEntry("inboxApplicantName", "王丽");
    // The process variables themselves stay readable only to those who may read the instance.
    assertThat(as.call("qianjun", () -> runtimeService.createVariableInstanceQuery()
        .processInstanceIdIn(pi.getId()).variableName("meetingTitle").count())).isZero();
    assertThat(as.call("sunhong", () -> runtimeService.createVariableInstanceQuery().taskIdIn(taskId).count()))
        .isZero();
  }

  private List<String> visibleFilters(String userId) {
    return new AsUser(identityService).call(userId,
        () -> filterService.createTaskFilterQuery().list().stream().map(Filter::getName).toList());
  }

  private Filter leaderFilterOf(String userId) {
    return new AsUser(identityService).call(userId, () -> filterService.createTaskFilterQuery()
        .filterName("分管领导审批（" + directory.person(userId).orElseThrow().fullName() + "）").singleResult());
  }

  private String landingFilter(String userId) {
    return new AsUser(identityService).call(userId, () -> filterService.createTaskFilterQuery().list().stream()
        .min(java.util.Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
        .orElseThrow().getName());
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
