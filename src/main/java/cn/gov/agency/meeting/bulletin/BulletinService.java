package cn.gov.agency.meeting.bulletin;

import cn.gov.agency.meeting.organisation.OrganisationDirectory;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a bulletin and fixes who receives it, in the transaction of the step that has news; the
 * sending runs afterwards in 通报送达, one retried step per channel ({@link BulletinSender}).
 */
@Service
public class BulletinService {

  private final BulletinRepository repository;
  private final OrganisationDirectory directory;

  BulletinService(BulletinRepository repository, OrganisationDirectory directory) {
    this.repository = repository;
    this.directory = directory;
  }

  /** Recipients the organisation does not know are left out; returns the bulletin's id. */
  @Transactional
  public long post(long meetingId, String headline, String body, String link, boolean bySms,
      Collection<String> recipientUserIds, String actor, LocalDateTime at) {
    long id = repository.insert(meetingId, headline, body, link, bySms, actor, at);
    for (String userId : new LinkedHashSet<>(recipientUserIds)) {
      if (directory.person(userId).isPresent()) {
        repository.insertRecipient(id, userId);
      }
    }
    return id;
  }

  public List<String> recipients(long bulletinId) {
    return repository.recipients(bulletinId).stream().map(BulletinRepository.Recipient::personUserId).toList();
  }

  public List<BulletinDelivery> deliveries(long bulletinId) {
    return repository.deliveries(bulletinId);
  }

  public List<MyBulletin> inAppOf(String userId) {
    return repository.inAppOf(userId);
  }
}
