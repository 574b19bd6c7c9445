package cn.gov.agency.meeting.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration
class OrganisationConfiguration {

  @Bean
  OrganisationSeed organisationSeed(
      @Value("${meeting.organisation.seed}") String location, ResourceLoader resourceLoader) {
    Resource resource = resourceLoader.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      return new OrganisationSeedReader().read(in, location);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read organisation file " + location, e);
    }
  }

  @Bean
  RoleCatalogue roleCatalogue(OrganisationSeed seed) {
    return new RoleCatalogue(seed);
  }
}
