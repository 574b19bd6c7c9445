package cn.gov.agency.meeting.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/** The project's pages as a demo user opens them (HTTP Basic, behind the real security filters). */
public final class Pages {

  private final MockMvc mvc;

  public Pages(WebApplicationContext context) {
    this.mvc = SecuredMvc.of(context);
  }

  /** A page's status and its HTML. */
  public record Page(int status, String body) {}

  public Page get(String url, String user) {
    return perform(MockMvcRequestBuilders.get(url), user);
  }

  /** A page's form posted as a browser posts it. */
  public Page post(String url, String user, Map<String, String> form) {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.forEach(request::param);
    return perform(request, user);
  }

  private Page perform(MockHttpServletRequestBuilder request, String user) {
    try {
      MvcResult result = mvc.perform(request.accept(MediaType.TEXT_HTML).header(HttpHeaders.AUTHORIZATION, "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))).andReturn();
      return new Page(result.getResponse().getStatus(),
          result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Spring's request builders, named apart from this class's methods. */
  private static final class MockMvcRequestBuilders {
    static MockHttpServletRequestBuilder get(String url) {
      return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
    }

    static MockHttpServletRequestBuilder post(String url) {
      return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url);
    }
  }
}
