package cn.gov.agency.meeting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeetingAffairsApplication {

  public static void main(String[] args) {
    SpringApplication.run(MeetingAffairsApplication.class, args);
  }
}
