package cn.gov.agency.meeting.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, makes tables, Camunda identity, grants and inboxes match the organisation file. */
@Component
@Order(20)
class OrganisationBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganisationBootstrap.class);

  private final OrganisationSeed seed;
  private final RoleCatalogue catalogue;
  private final OrganisationDirectory directory;
  private final IdentitySync identitySync;
  private final AuthorizationSync authorizationSync;
  private final InboxFilterSync inboxFilterSync;
  private final OpenTaskGrants openTaskGrants;

  OrganisationBootstrap(OrganisationSeed seed, RoleCatalogue catalogue, OrganisationDirectory directory,
      IdentitySync identitySync, AuthorizationSync authorizationSync, InboxFilterSync inboxFilterSync,
      OpenTaskGrants openTaskGrants) {
    this.seed = seed;
    this.catalogue = catalogue;
    this.directory = directory;
    this.identitySync = identitySync;
    this.authorizationSync = authorizationSync;
    this.inboxFilterSync = inboxFilterSync;
    this.openTaskGrants = openTaskGrants;
  }

  @Override
  public void run(ApplicationArguments args) {
    directory.synchronise(seed);
    identitySync.synchronise(seed, catalogue);
    authorizationSync.synchronise(catalogue, seed.people());
    inboxFilterSync.synchronise(seed, catalogue);
    openTaskGrants.narrow();
    log.info("Organisation synchronised: {} departments, {} people, {} groups, {} inbox definitions",
        seed.departments().size(), seed.people().size(), catalogue.allGroupIds().size(),
        seed.inboxes().size());
  }
}
