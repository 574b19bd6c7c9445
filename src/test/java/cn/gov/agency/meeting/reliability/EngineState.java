package cn.gov.agency.meeting.reliability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Nothing changed", read in two statements: the row count of every project table (the change log
 * {@code record_change} included, so an update shows as well as an insert) and a fingerprint of the
 * engine's state that people's requests could touch — tasks (name, assignee, owner, dates,
 * priority, suspension), candidates, variables (with their stored bytes), executions, jobs
 * (retries, due date, suspension), incidents, users (names, e-mail, password), groups, memberships,
 * authorizations, filters, deployments, definitions' suspension, attachments, comments and the
 * history of instances and tasks. Lock columns and revisions are left out (the job executor
 * touches them).
 */
final class EngineState {

  /** Each part: one md5 (or count) over the rows people could change. */
  private static final Map<String, String> ENGINE_PARTS = engineParts();

  private final JdbcTemplate jdbc;
  private String projectCounts;

  EngineState(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The whole state: project table → row count, engine part → fingerprint. */
  Map<String, String> read() {
    Map<String, String> state = new LinkedHashMap<>();
    jdbc.query(projectCountStatement(), rs -> {
      state.put(rs.getString("t"), rs.getString("n"));
    });
    String engine = ENGINE_PARTS.entrySet().stream()
        .map(part -> "select '" + part.getKey() + "' as t, (" + part.getValue() + ")::text as n")
        .collect(Collectors.joining(" union all "));
    jdbc.query(engine, rs -> {
      state.put(rs.getString("t"), rs.getString("n"));
    });
    return state;
  }

  static String difference(Map<String, String> before, Map<String, String> after) {
    return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
        .map(e -> e.getKey() + (e.getKey().startsWith("engine ") ? " changed" : " " + before.get(e.getKey()) + "→"
            + e.getValue()))
        .collect(Collectors.joining(", "));
  }

  private String projectCountStatement() {
    if (projectCounts == null) {
      // As BadInputIT: the engine's act_* tables aside, and the two tables the job executor fills
      // (task notifications, notice deliveries) as it finishes earlier steps.
      List<String> tables = jdbc.queryForList("""
          select table_name from information_schema.tables where table_schema = current_schema()
             and table_type = 'BASE TABLE' and table_name not like 'act\\_%' and table_name not like 'flyway%'
             and table_name not in ('task_notification', 'notice_delivery')
           order by table_name""", String.class);
      projectCounts = tables.stream().map(t -> "select '" + t + "' as t, count(*)::text as n from " + t)
          .collect(Collectors.joining(" union all "));
    }
    return projectCounts;
  }

  private static Map<String, String> engineParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("engine tasks", md5("act_ru_task", "id_", "name_", "assignee_", "owner_", "delegation_", "priority_",
        "due_date_", "follow_up_date_", "suspension_state_", "description_"));
    parts.put("engine candidates", md5("act_ru_identitylink", "id_", "task_id_", "proc_def_id_", "type_", "user_id_",
        "group_id_"));
    parts.put("engine variables", "select md5(coalesce(string_agg(" + row("v.id_", "v.name_", "v.execution_id_",
        "v.task_id_", "v.type_", "v.text_", "v.text2_", "v.long_", "v.double_", "md5(b.bytes_)")
        + ", '|' order by v.id_), '')) from act_ru_variable v left join act_ge_bytearray b on b.id_ = v.bytearray_id_");
    parts.put("engine executions", md5("act_ru_execution", "id_", "act_id_", "suspension_state_", "is_active_",
        "business_key_"));
    parts.put("engine jobs", md5("act_ru_job", "id_", "retries_", "duedate_", "suspension_state_", "priority_"));
    parts.put("engine incidents", md5("act_ru_incident", "id_", "incident_msg_", "annotation_"));
    parts.put("engine users", md5("act_id_user", "id_", "first_", "last_", "email_", "pwd_", "lock_exp_time_"));
    parts.put("engine groups", md5("act_id_group", "id_", "name_", "type_"));
    parts.put("engine memberships", md5("act_id_membership", "user_id_ || '/' || group_id_"));
    parts.put("engine authorizations", md5("act_ru_authorization", "id_", "type_", "group_id_", "user_id_",
        "resource_type_", "resource_id_", "perms_"));
    parts.put("engine filters", md5("act_ru_filter", "id_", "name_", "owner_", "query_", "properties_"));
    parts.put("engine deployments", "select count(*) from act_re_deployment");
    parts.put("engine definitions", md5("act_re_procdef", "id_", "suspension_state_"));
    parts.put("engine job definitions", md5("act_ru_jobdef", "id_", "suspension_state_", "job_priority_"));
    parts.put("engine attachments", "select count(*) from act_hi_attachment");
    parts.put("engine comments", md5("act_hi_comment", "id_", "message_"));
    parts.put("engine historic instances", md5("act_hi_procinst", "id_", "end_time_", "business_key_"));
    parts.put("engine historic tasks", "select count(*) from act_hi_taskinst");
    parts.put("engine batches", "select count(*) from act_ru_batch");
    return parts;
  }

  /** md5 over the rows of a table, each row its columns (nulls shown as "-"), in the order of the first. */
  private static String md5(String table, String order, String... columns) {
    String[] all = new String[columns.length + 1];
    all[0] = order;
    System.arraycopy(columns, 0, all, 1, columns.length);
    return "select md5(coalesce(string_agg(" + row(all) + ", '|' order by " + order + "), '')) from " + table;
  }

  private static String row(String... columns) {
    return "concat_ws('/', " + Arrays.stream(columns).map(c -> "coalesce((" + c + ")::text, '-')")
        .collect(Collectors.joining(", ")) + ")";
  }
}
