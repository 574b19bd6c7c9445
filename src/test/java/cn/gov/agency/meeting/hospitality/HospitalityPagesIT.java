package cn.gov.agency.meeting.hospitality;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.RestClient;
import cn.gov.agency.meeting.support.SampleMeetings;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The catering page and the room list document on PostgreSQL, and who may read them. */
@IntegrationTest
class HospitalityPagesIT {

  @LocalServerPort int port;
  @Autowired MeetingRows meetings;
  @Autowired CateringService catering;
  @Autowired AccommodationService accommodation;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @Test
  void theRoomListAndTheCateringAreReadableByTheOfficeAndTheHostOnly() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    RestClient office = RestClient.as("zhouping", port);
    assertThat(office.get("/app/meetings/" + meeting.id() + "/accommodation").body()).contains("尚未安排会议住宿");
    assertThat(office.get("/api/meetings/" + meeting.id() + "/accommodation").status()).isEqualTo(404);

    // Arranged only within the approved budget (R6.1): 637.00 for meals, 2100.00 for three rooms, two nights.
    HospitalityBudget.approve(runtimeService, taskService, new AsUser(identityService), meeting, 700, 2100);
    catering.arrange(meeting.id(), HospitalitySamples.cateringForm(), "zhouping");
    accommodation.arrange(meeting.id(), HospitalitySamples.accommodationForm(), "zhouping");

    assertThat(office.get("/app/meetings/" + meeting.id() + "/catering").body())
        .contains("机关食堂", "45.50 元/人/餐", "637.00", "四菜一汤", "用餐负责人（含食品安全）", "周萍（zhouping）");
    String roomList = RestClient.as("wangli", port).get("/app/meetings/" + meeting.id() + "/accommodation").body();
    assertThat(roomList).contains("会议住宿名单", "市政府招待所", "350.00 元/间/晚", "2030-03-03 15:00",
        "冯刚、钱军", "王丽、陈静", "张三", "市财政局", "待确认", "住宿负责人（含住宿安全）", "周萍（zhouping）");
    JsonNode rooms = office.get("/api/meetings/" + meeting.id() + "/accommodation").json().get("rooms");
    assertThat(rooms).hasSize(3);
    assertThat(rooms.get(2).get("toConfirm").asBoolean()).isTrue();
    assertThat(RestClient.as("chenjing", port).get("/api/meetings/" + meeting.id() + "/catering").status())
        .isEqualTo(403);
  }
}
