package cn.gov.agency.meeting.bulletin;

import cn.gov.agency.meeting.meeting.MeetingKey;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Starts 通报送达 for a bulletin in the transaction that wrote it (called from delegates): the
 * bulletin and its sending are committed together or not at all.
 */
@Component
public class BulletinDispatch {

  private final RuntimeService runtimeService;

  BulletinDispatch(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void dispatch(long meetingId, long bulletinId, boolean bySms) {
    runtimeService.startProcessInstanceByKey(BulletinVariables.PROCESS_KEY, MeetingKey.of(meetingId),
        Map.of(BulletinVariables.BULLETIN_ID, bulletinId, BulletinVariables.BY_SMS, bySms));
  }
}
