package cn.gov.agency.meeting.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Tells the database who is acting whenever the application takes a connection, so the change
 * capture (triggers, see ChangeCaptureTriggers) records the person behind a change without any
 * feature passing it along: the web request's user or the user completing a task; timers and jobs
 * act as "system". The agency's time zone goes along, so the log's times match the rest of the trail.
 */
@Component
class ActingUserDataSource implements BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {

  private final String timeZone;
  // Known once the engine is up; connections taken while it starts act as "system".
  private volatile IdentityService identity;

  ActingUserDataSource(@Value("${meeting.time-zone:Asia/Shanghai}") String timeZone) {
    this.timeZone = timeZone;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource && !(bean instanceof Tagging) ? new Tagging(dataSource) : bean;
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    identity = event.getApplicationContext().getBeanProvider(IdentityService.class).getIfAvailable();
  }

  String actor() {
    IdentityService current = identity;
    Authentication authentication = current == null ? null : current.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
  }

  private final class Tagging extends DelegatingDataSource {

    private volatile String tagStatement;

    Tagging(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return tagged(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return tagged(super.getConnection(username, password));
    }

    private Connection tagged(Connection connection) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(tagStatement(connection))) {
        statement.setString(1, actor());
        statement.setString(2, timeZone);
        statement.execute();
        return connection;
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    }

    private String tagStatement(Connection connection) throws SQLException {
      if (tagStatement == null) {
        tagStatement = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
            ? "select set_config('meeting.actor', ?, false), set_config('meeting.time_zone', ?, false)"
            : "select set(@meeting_actor, ?), set(@meeting_time_zone, ?)";
      }
      return tagStatement;
    }
  }
}
