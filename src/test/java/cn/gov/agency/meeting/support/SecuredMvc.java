package cn.gov.agency.meeting.support;

import jakarta.servlet.Filter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc behind the application's real Spring Security filter chains (logins, CSRF, headers). */
public final class SecuredMvc {

  private SecuredMvc() {}

  public static MockMvc of(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context)
        .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
  }
}
