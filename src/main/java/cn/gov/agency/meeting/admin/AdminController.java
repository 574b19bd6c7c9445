package cn.gov.agency.meeting.admin;

import cn.gov.agency.meeting.deployment.CheckedDeployment;
import cn.gov.agency.meeting.deployment.DeployedVersions;
import cn.gov.agency.meeting.deployment.DeploymentRefusedException;
import cn.gov.agency.meeting.deployment.DeploymentReport;
import cn.gov.agency.meeting.meetingtype.MeetingTypeCatalogue;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import cn.gov.agency.meeting.validation.Violation;
import cn.gov.agency.meeting.venue.RoomCatalogue;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's endpoints (group {@code camunda-admin} only): check and deploy the current
 * content of {@code processes/} and {@code forms/} without a restart, and move running instances
 * to the latest version.
 */
@RestController
class AdminController {

  private final CheckedDeployment deployment;
  private final ProcessMigrations migrations;
  private final MeetingTypeCatalogue meetingTypes;
  private final RoomCatalogue rooms;

  AdminController(CheckedDeployment deployment, ProcessMigrations migrations, MeetingTypeCatalogue meetingTypes,
      RoomCatalogue rooms) {
    this.deployment = deployment;
    this.migrations = migrations;
    this.meetingTypes = meetingTypes;
    this.rooms = rooms;
  }

  @PostMapping("/api/admin/deployments/check")
  DeploymentReport check(CurrentUser user) {
    requireAdmin(user);
    return deployment.check();
  }

  @PostMapping("/api/admin/deployments")
  DeployedVersions deploy(CurrentUser user) {
    requireAdmin(user);
    DeployedVersions deployed = deployment.deploy();
    // The folder's tables that are read at start-up take effect with the deployment, not a restart.
    meetingTypes.reload();
    rooms.reload();
    return deployed;
  }

  /** Body {"processDefinitionKey": "meetingVenue", "fromVersion": 3} (fromVersion optional: every older version). */
  @PostMapping("/api/admin/migrations/plan")
  MigrationPreview plan(@RequestBody Map<String, Object> body, CurrentUser user) {
    requireAdmin(user);
    return migrations.preview(key(body), version(body, false));
  }

  /** Body {"processDefinitionKey": "meetingVenue", "fromVersion": 3}. */
  @PostMapping("/api/admin/migrations")
  MigrationResult migrate(@RequestBody Map<String, Object> body, CurrentUser user) {
    requireAdmin(user);
    return migrations.migrate(key(body), version(body, true));
  }

  @ExceptionHandler(DeploymentRefusedException.class)
  ProblemDetail refused(DeploymentRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "流程文件未通过部署检查，未部署任何内容");
    problem.setTitle("部署被拒绝");
    problem.setProperty("problems", e.report().problems());
    return problem;
  }

  private static void requireAdmin(CurrentUser user) {
    if (!user.isIn(Groups.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("只有系统管理员可以部署流程和迁移流程实例");
    }
  }

  private static String key(Map<String, Object> body) {
    return body.get("processDefinitionKey") instanceof String key ? key : null;
  }

  private static Integer version(Map<String, Object> body, boolean required) {
    Object value = body.get("fromVersion");
    if (value instanceof Integer version) {
      return version;
    }
    if (value == null && !required) {
      return null;
    }
    throw InvalidInputException.of("迁移请求", new Violation("fromVersion", "源版本", "integer", "必须是整数版本号"));
  }
}
