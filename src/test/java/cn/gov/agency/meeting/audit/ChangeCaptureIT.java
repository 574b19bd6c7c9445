package cn.gov.agency.meeting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.meeting.MeetingRows;
import cn.gov.agency.meeting.support.AsUser;
import cn.gov.agency.meeting.support.IntegrationTest;
import cn.gov.agency.meeting.support.SampleMeetings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL the database itself records every change of every project table: the person acting
 * comes from the connection, rows without a meeting_id reach their meeting through their foreign keys,
 * file contents stay out, and tables added later are covered because the capture is attached after
 * every migration.
 */
@IntegrationTest
class ChangeCaptureIT {

  @Autowired MeetingRows meetings;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired IdentityService identityService;

  @Test
  void everyUpdateAndDeleteIsRecordedWithWhoWhenAndTheMeetingItBelongsTo() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    AsUser as = new AsUser(identityService);

    as.run("zhouping", () -> transactions.executeWithoutResult(status -> meetings.updatePlace(meeting.id(), "五楼视频会议室")));
    Map<String, Object> place = jdbc.queryForMap("""
        select * from record_change where table_name = 'meeting' and record_id = ? and field_name = 'place'""",
        String.valueOf(meeting.id()));
    assertThat(place).containsEntry("old_value", meeting.place()).containsEntry("new_value", "五楼视频会议室")
        .containsEntry("changed_by", "zhouping").containsEntry("meeting_id", meeting.id());
    LocalDateTime at = ((java.sql.Timestamp) place.get("changed_at")).toLocalDateTime();
    assertThat(Duration.between(at, LocalDateTime.now(ZoneId.of("Asia/Shanghai"))).abs())
        .as("recorded in the agency's time zone, like the rest of the trail").isLessThan(Duration.ofMinutes(2));

    // A row without a meeting_id reaches its meeting through its foreign keys: item → claim → meeting.
    long claim = jdbc.queryForObject("""
        insert into reimbursement_claim (meeting_id, process_instance_id, status, opened_at)
        values (?, 'capture-test', 'DRAFT', current_timestamp) returning id""", Long.class, meeting.id());
    long item = jdbc.queryForObject("""
        insert into reimbursement_item (claim_id, line, amount, description, review_status, created_by, created_at,
          updated_at)
        values (?, 'printing', 10.00, '印刷', 'PENDING', 'wangli', current_timestamp, current_timestamp)
        returning id""", Long.class, claim);
    as.run("wuhua", () -> transactions.executeWithoutResult(status ->
        jdbc.update("update reimbursement_item set review_status = 'RETURNED', return_reason = '无发票' where id = ?",
            item)));
    List<Map<String, Object>> changes = jdbc.queryForList("""
        select field_name, old_value, new_value, changed_by from record_change
         where table_name = 'reimbursement_item' and record_id = ? and meeting_id = ? order by field_name""",
        String.valueOf(item), meeting.id());
    assertThat(changes).extracting(c -> c.get("field_name") + ":" + c.get("old_value") + "→" + c.get("new_value")
        + ":" + c.get("changed_by")).containsExactly("return_reason:null→无发票:wuhua",
        "review_status:PENDING→RETURNED:wuhua");
  }

  @Test
  void aDeletedRowIsKeptWholeAndFileContentsStayOut() {
    MeetingRecord meeting = SampleMeetings.approvedMeeting(meetings);
    long participant = jdbc.queryForObject("select max(id) from meeting_participant where meeting_id = ?",
        Long.class, meeting.id());
    jdbc.update("delete from meeting_participant where id = ?", participant);
    Map<String, Object> deleted = jdbc.queryForMap("""
        select * from record_change where table_name = 'meeting_participant' and record_id = ?""",
        String.valueOf(participant));
    assertThat(deleted).containsEntry("field_name", "*").containsEntry("changed_by", "system")
        .containsEntry("meeting_id", meeting.id());
    assertThat((String) deleted.get("old_value")).contains("张三");

    List<String> captured = jdbc.queryForList("""
        select event_object_table from information_schema.triggers
         where trigger_name like '%\\_record\\_change' group by event_object_table""", String.class);
    assertThat(captured).contains("meeting", "budget_line", "reimbursement_invoice", "sign_in_code", "room_booking")
        .doesNotContain("record_change", "meeting_event", "flyway_schema_history");
    String invoiceTrigger = jdbc.queryForObject("""
        select action_statement from information_schema.triggers
         where trigger_name = 'reimbursement_invoice_record_change' limit 1""", String.class);
    assertThat(invoiceTrigger).contains("'content'", "item_id:reimbursement_item");
  }
}
