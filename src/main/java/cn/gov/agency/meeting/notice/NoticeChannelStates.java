package cn.gov.agency.meeting.notice;

import cn.gov.agency.meeting.engine.ApplicationAuthority;
import cn.gov.agency.meeting.notice.Delivery.DeliveryStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * What each channel of a notice is doing, for the receipts page: the delivery rows show only what
 * went out, while a channel that keeps failing (the mail server down) lives in its retried job
 * until it succeeds — the office must see that e-mails are failing and when the next try is, and
 * why 核实通知到位 has not reached its inbox yet (it follows the last channel).
 */
@Component
public class NoticeChannelStates {

  /** The channels' steps in {@code meeting-notice.bpmn}, in the order the page lists them. */
  private static final Map<NoticeChannel, String> STEPS = Map.of(
      NoticeChannel.IN_APP, "postNoticeInApp", NoticeChannel.EMAIL, "sendNoticeByEmail",
      NoticeChannel.SMS, "sendNoticeBySms");
  private static final List<NoticeChannel> ORDER = List.of(NoticeChannel.IN_APP, NoticeChannel.EMAIL, NoticeChannel.SMS);
  private static final String TRACK_RECEIPTS = "trackReceipts";

  private final ManagementService management;
  private final HistoryService history;
  private final TaskService tasks;
  private final ApplicationAuthority authority;
  private final ZoneId zone;

  NoticeChannelStates(ManagementService management, HistoryService history, TaskService tasks,
      ApplicationAuthority authority, Clock clock) {
    this.management = management;
    this.history = history;
    this.tasks = tasks;
    this.authority = authority;
    this.zone = clock.getZone();
  }

  /** One channel's state; {@code problem} marks a failing one, {@code nextTry} when it runs again. */
  public record ChannelState(String channel, String state, boolean problem, String detail, LocalDateTime nextTry) {}

  public record ChannelOverview(List<ChannelState> channels, String tracking) {}

  /**
   * Read with the application's authority: the page's readers (the office, the host department) are
   * checked by the controller, but hold no engine rights on the notice's jobs and history.
   */
  ChannelOverview of(Notice notice, List<Delivery> deliveries) {
    if (notice.processInstanceId() == null) {
      return new ChannelOverview(List.of(), null);
    }
    return authority.call(() -> read(notice, deliveries));
  }

  private ChannelOverview read(Notice notice, List<Delivery> deliveries) {
    String instance = notice.processInstanceId();
    List<ChannelState> channels = new ArrayList<>();
    List<String> waitingFor = new ArrayList<>();
    for (NoticeChannel channel : ORDER) {
      String step = STEPS.get(channel);
      Job job = management.createJobQuery().processInstanceId(instance).activityId(step).singleResult();
      List<Delivery> sent = deliveries.stream().filter(d -> d.channel() == channel).toList();
      if (job != null) {
        waitingFor.add(channel.label());
        channels.add(waiting(channel, job));
      } else if (ran(instance, step)) {
        channels.add(new ChannelState(channel.label(), "已完成：" + counts(sent), false, null, null));
      } else if (channel == NoticeChannel.SMS && !notice.important() && notice.sentAt() != null) {
        channels.add(new ChannelState(channel.label(), "不使用（仅重要会议发短信）", false, null, null));
      } else if (!sent.isEmpty()) {
        channels.add(new ChannelState(channel.label(), counts(sent), false, null, null));
      } else {
        channels.add(new ChannelState(channel.label(), "尚未开始发送", false, null, null));
      }
    }
    return new ChannelOverview(channels, tracking(instance, waitingFor));
  }

  private ChannelState waiting(NoticeChannel channel, Job job) {
    LocalDateTime due = time(job.getDuedate());
    if (job.getExceptionMessage() == null) {
      return new ChannelState(channel.label(), "排队发送中", false, null, due);
    }
    if (job.getRetries() <= 0) {
      return new ChannelState(channel.label(), "发送失败，重试次数已用完：已报告为故障，须系统管理员排除原因后在 Cockpit 中重试",
          true, job.getExceptionMessage(), null);
    }
    return new ChannelState(channel.label(), "发送失败，正在重试（还可重试 " + job.getRetries() + " 次）", true,
        job.getExceptionMessage(), due);
  }

  private boolean ran(String instance, String step) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId(step).finished()
        .count() > 0;
  }

  private String tracking(String instance, List<String> waitingFor) {
    if (tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(TRACK_RECEIPTS).count() > 0) {
      return "「核实通知到位」已在办公室待办中。";
    }
    HistoricProcessInstance process = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    if (process != null && process.getEndTime() != null) {
      return "通知流程已结束，通知到位已核实。";
    }
    if (!waitingFor.isEmpty()) {
      return "「核实通知到位」在各渠道发送完毕后出现，尚在等待：" + String.join("、", waitingFor) + "。";
    }
    return "「核实通知到位」在通知发出、各渠道发送完毕后出现。";
  }

  private static String counts(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return "无发送对象";
    }
    Map<DeliveryStatus, Long> latest = new TreeMap<>(deliveries.stream()
        .collect(Collectors.groupingBy(Delivery::status, Collectors.counting())));
    return latest.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue() + " 条")
        .collect(Collectors.joining("，"));
  }

  private LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), zone);
  }
}
