package cn.gov.agency.meeting.venue;

import static cn.gov.agency.meeting.venue.VenueVariables.EQUIPMENT_REMARKS;
import static cn.gov.agency.meeting.venue.VenueVariables.EQUIPMENT_RESPONSIBLE;
import static cn.gov.agency.meeting.venue.VenueVariables.REQUIRED_EQUIPMENT;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_APPROVAL;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_APPROVAL_COMMENT;
import static cn.gov.agency.meeting.venue.VenueVariables.ROOM_CODE;
import static cn.gov.agency.meeting.venue.VenueVariables.SETUP_NOTES;
import static cn.gov.agency.meeting.venue.VenueVariables.WORKING_EQUIPMENT;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import cn.gov.agency.meeting.validation.Fields;
import cn.gov.agency.meeting.validation.Violations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads the venue forms' values however they arrived. Tasklist sends a checklist as the JSON text
 * of an array ({@code ["projector","microphones"]}); the API and tests may send a comma-separated
 * list or a collection. Every problem is reported at once.
 */
@Component
public class VenueForms {

  static final int NOTES = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RoomCatalogue catalogue;
  private final OrganisationDirectory directory;

  public VenueForms(RoomCatalogue catalogue, OrganisationDirectory directory) {
    this.catalogue = catalogue;
    this.directory = directory;
  }

  public BookingInput readBooking(Map<String, ?> values) {
    Violations violations = new Violations(VenueService.BOOKING);
    String roomCode = Fields.requiredText(values, ROOM_CODE, "会议室编号", 20, violations);
    List<String> equipment = equipment(values.get(REQUIRED_EQUIPMENT), REQUIRED_EQUIPMENT, "所需设备", violations);
    String notes = Fields.requiredText(values, SETUP_NOTES, "场地勘察与布置说明", NOTES, violations);
    violations.throwIfAny();
    return new BookingInput(roomCode.toUpperCase(java.util.Locale.ROOT), equipment, notes);
  }

  public EquipmentCheckInput readEquipmentCheck(Map<String, ?> values) {
    Violations violations = new Violations(VenueService.EQUIPMENT_CHECK);
    String responsible = Fields.requiredText(values, EQUIPMENT_RESPONSIBLE, "会中设备保障责任人", 64, violations);
    if (responsible != null && directory.person(responsible).isEmpty()) {
      // A user id, not a name, but still not echoed: the message may reach the logs.
      violations.add(EQUIPMENT_RESPONSIBLE, "会中设备保障责任人", "known-person",
          "不是本单位在册人员的登录名，请填写负责人的登录名（如 zhouping）");
    }
    List<String> working = equipment(values.get(WORKING_EQUIPMENT), WORKING_EQUIPMENT, "设备检查", violations);
    String remarks = Fields.optionalText(values, EQUIPMENT_REMARKS);
    if (remarks.length() > NOTES) {
      violations.add(EQUIPMENT_REMARKS, "备注", "max-length", "不能超过 " + NOTES + " 个字");
    }
    violations.throwIfAny();
    return new EquipmentCheckInput(responsible, working, remarks.isEmpty() ? null : remarks);
  }

  /** 会议室预订审批: approve, or refuse with the reason the booking office reads. */
  public RoomApprovalInput readApproval(Map<String, ?> values) {
    Violations violations = new Violations(VenueService.APPROVAL);
    String decision = Fields.requiredText(values, ROOM_APPROVAL, "审批结果", 20, violations);
    if (decision != null && !decision.equals("approve") && !decision.equals("refuse")) {
      violations.add(ROOM_APPROVAL, "审批结果", "one-of", "只能是 approve（同意）或 refuse（不同意）");
    }
    String comment = Fields.optionalText(values, ROOM_APPROVAL_COMMENT);
    if ("refuse".equals(decision) && comment.isEmpty()) {
      violations.add(ROOM_APPROVAL_COMMENT, "审批意见", "required-when-refused", "不同意时须写明理由");
    }
    if (comment.length() > NOTES) {
      violations.add(ROOM_APPROVAL_COMMENT, "审批意见", "max-length", "不能超过 " + NOTES + " 个字");
    }
    violations.throwIfAny();
    return new RoomApprovalInput("approve".equals(decision), comment.isEmpty() ? null : comment);
  }

  /** Equipment codes from a checklist value; unknown codes are violations of {@code field}. */
  public List<String> equipment(Object value, String field, String label, Violations violations) {
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> codes.add(String.valueOf(item).trim()));
    } else if (value != null && value.toString().trim().startsWith("[")) {
      try {
        codes.addAll(JSON.readValue(value.toString(), new TypeReference<List<String>>() {}));
      } catch (JsonProcessingException e) {
        violations.add(field, label, "list", "不是有效的设备清单");
        return List.of();
      }
    } else if (value != null && !value.toString().isBlank()) {
      codes.addAll(List.of(value.toString().trim().split("[,，、\\s]+")));
    }
    Set<String> known = new LinkedHashSet<>();
    for (String code : codes) {
      if (catalogue.equipmentType(code).isPresent()) {
        known.add(code);
      } else {
        violations.add(field, label, "known-equipment", "不是已登记的设备类型：" + Fields.abbreviate(code));
      }
    }
    return List.copyOf(known);
  }
}
