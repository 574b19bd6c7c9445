package cn.gov.agency.meeting.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What must hold after any fault, read from the database and the SMTP server: nothing a node
 * answered as done is lost, no task or job exists twice, nobody got a notice twice or has one
 * recorded as sent that never left, no business record is half-written. Each finding is a line
 * naming what is wrong, so a failing test says where to look.
 */
final class NodeConsistency {

  /** Steps each meeting goes through exactly once on the driven path. */
  private static final List<String> ONCE = List.of("leaderApproval", "officeFiling", "settlePreparation",
      "bookVenue", "checkEquipment", "draftNotice", "trackReceipts");

  final List<String> lost = new ArrayList<>();
  final List<String> duplicated = new ArrayList<>();
  final List<String> noticesTwice = new ArrayList<>();
  final List<String> halfWritten = new ArrayList<>();
  final long tasksChecked;
  final long mailsChecked;
  final long unconfirmed;

  NodeConsistency(NodeDatabase database, NodeMeetingDriver driver, NodeMail mail) {
    for (String instance : driver.startedApplications()) {
      if (database.count("select count(*) from act_hi_procinst where proc_inst_id_ = ?", instance) == 0) {
        lost.add("application instance " + instance);
      }
    }
    for (String task : driver.completedTasks()) {
      if (database.count("select count(*) from act_hi_taskinst where id_ = ? and delete_reason_ = 'completed'",
          task) == 0 || database.count("select count(*) from act_ru_task where id_ = ?", task) > 0) {
        lost.add("completion of task " + task);
      }
    }
    for (NodeMeetingDriver.Meeting meeting : driver.meetings()) {
      if (meeting.applicationId != null && database.count(
          "select count(*) from adhoc_application where title = ?", meeting.title) != 1) {
        lost.add("application " + meeting.title);
      }
    }

    // One open task per step and candidate group: a multi-instance step over the departments
    // (提报议题, 记录本部门会议精神传达) has one task per department, a duplicate is a second for the same.
    database.jdbc().queryForList("""
        select t.proc_inst_id_, t.task_def_key_, l.group_id_, count(*) as n from act_ru_task t
          left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
         group by t.proc_inst_id_, t.task_def_key_, l.group_id_ having count(*) > 1""")
        .forEach(row -> duplicated.add("open tasks " + row));
    database.jdbc().queryForList("""
        select proc_inst_id_, task_def_key_, count(*) as n from act_hi_taskinst
         where task_def_key_ in ('leaderApproval', 'officeFiling', 'settlePreparation', 'bookVenue', 'checkEquipment',
                                 'draftNotice', 'trackReceipts')
         group by proc_inst_id_, task_def_key_ having count(*) > 1""")
        .forEach(row -> duplicated.add("task created twice " + row));
    database.jdbc().queryForList("""
        select j.process_instance_id_, d.act_id_, count(*) as n from act_ru_job j
          join act_ru_jobdef d on d.id_ = j.job_def_id_ where j.type_ = 'message'
         group by j.process_instance_id_, d.act_id_ having count(*) > 1""")
        .forEach(row -> duplicated.add("jobs " + row));
    database.jdbc().queryForList("""
        select title, count(*) as n from adhoc_application group by title having count(*) > 1""")
        .forEach(row -> duplicated.add("applications " + row));
    database.jdbc().queryForList("""
        select m.title, count(*) as n from meeting m group by m.title having count(*) > 1""")
        .forEach(row -> duplicated.add("meetings " + row));
    tasksChecked = database.count("select count(*) from act_hi_taskinst where task_def_key_ in ('"
        + String.join("', '", ONCE) + "')");

    mail.countsPerRecipientAndSubject().forEach((message, times) -> {
      if (message.subject().startsWith("【会议通知】") && times > 1) {
        noticesTwice.add(message + " received " + times + " times");
      }
    });
    List<Map<String, Object>> emailDeliveries = database.jdbc().queryForList("""
        select p.email, m.title, d.status, d.send_round from notice_delivery d
          join notice_recipient r on r.id = d.recipient_id
          join person p on p.user_id = r.person_user_id
          join meeting_notice n on n.id = r.notice_id
          join meeting m on m.id = n.meeting_id
         where d.channel = 'EMAIL'""");
    long unconfirmedCount = 0;
    for (Map<String, Object> delivery : emailDeliveries) {
      NodeMail.Mail expected = new NodeMail.Mail((String) delivery.get("email"), "【会议通知】" + delivery.get("title"));
      int received = mail.countsPerRecipientAndSubject().getOrDefault(expected, 0);
      switch ((String) delivery.get("status")) {
        case "SENT" -> {
          if (received != 1) {
            lost.add("notice recorded as sent but received " + received + " times: " + expected);
          }
        }
        case "UNCONFIRMED" -> unconfirmedCount++;
        case "SENDING" -> halfWritten.add("notice delivery still SENDING: " + expected);
        default -> { }
      }
    }
    unconfirmed = unconfirmedCount;
    mailsChecked = emailDeliveries.size();

    database.jdbc().queryForList("""
        select a.title from adhoc_application a where a.status = 'FILED' and a.meeting_id is null""")
        .forEach(row -> halfWritten.add("filed application without its meeting " + row));
    database.jdbc().queryForList("""
        select m.id from meeting m where not exists (select 1 from meeting_participant p where p.meeting_id = m.id)""")
        .forEach(row -> halfWritten.add("meeting without participants " + row));
    database.jdbc().queryForList("""
        select m.id from meeting m where not exists (select 1 from act_hi_procinst p where p.business_key_ = concat('会议', cast(m.id as varchar)))""")
        .forEach(row -> halfWritten.add("meeting without its lifecycle process " + row));
    database.jdbc().queryForList("""
        select a.title from adhoc_application a
         where not exists (select 1 from act_hi_procinst p where p.proc_inst_id_ = a.process_instance_id)""")
        .forEach(row -> halfWritten.add("application without its process " + row));
    database.jdbc().queryForList("""
        select a.title from adhoc_application a
         where not exists (select 1 from adhoc_application_participant p where p.application_id = a.id)""")
        .forEach(row -> halfWritten.add("application without participants " + row));
    database.jdbc().queryForList("""
        select n.id from meeting_notice n where not exists (select 1 from notice_recipient r where r.notice_id = n.id)""")
        .forEach(row -> halfWritten.add("notice without recipients " + row));
    database.jdbc().queryForList("""
        select n.id from meeting_notice n
         where n.status <> 'SENDING' and exists (select 1 from notice_recipient r where r.notice_id = n.id
           and r.person_user_id is not null and not exists (select 1 from notice_delivery d
             where d.recipient_id = r.id and d.channel = 'EMAIL'))""")
        .forEach(row -> halfWritten.add("notice marked sent with a recipient never e-mailed " + row));
  }

  boolean clean() {
    return lost.isEmpty() && duplicated.isEmpty() && noticesTwice.isEmpty() && halfWritten.isEmpty();
  }

  NodeFigures into(NodeFigures figures) {
    return figures.put("tasks-checked", tasksChecked).put("notice-mails-checked", mailsChecked)
        .put("lost", lost.size()).put("duplicated", duplicated.size()).put("notices-twice", noticesTwice.size())
        .put("half-written", halfWritten.size()).put("held-for-office-check", unconfirmed);
  }

  @Override
  public String toString() {
    return "lost=" + lost + " duplicated=" + duplicated + " noticesTwice=" + noticesTwice + " halfWritten="
        + halfWritten;
  }
}
