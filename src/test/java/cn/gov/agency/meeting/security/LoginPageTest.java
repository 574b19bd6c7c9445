package cn.gov.agency.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.agency.meeting.support.ProcessTest;
import cn.gov.agency.meeting.support.SecuredMvc;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * A page opened without login comes back after the login: /app/my → the login page → /app/my, with
 * a webapps session that Tasklist and the pages both accept; nowhere but our own pages as the way back.
 */
@ProcessTest
class LoginPageTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired WebApplicationContext context;

  @Test
  void aPageAskedForWithoutLoginOpensAfterTheLogin() throws Exception {
    MockMvc mvc = SecuredMvc.of(context);
    MvcResult asked = mvc.perform(get("/app/my/sign-in-codes").queryParam("x", "1").accept(MediaType.TEXT_HTML))
        .andReturn();
    assertThat(asked.getResponse().getStatus()).isEqualTo(302);
    assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/app/login?next=%2Fapp%2Fmy%2Fsign-in-codes%3Fx%3D1");

    MockHttpSession session = new MockHttpSession();
    String page = mvc.perform(get("/app/login").queryParam("next", "/app/my/sign-in-codes?x=1").session(session))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<title>登录 · 会务管理系统</title>", "name=\"next\" value=\"/app/my/sign-in-codes?x=1\"")
        .doesNotContain("Welcome");

    MvcResult login = mvc.perform(post("/app/login").session(session).param("_csrf", token(page))
        .param("username", "wangli").param("password", "demo").param("next", "/app/my/sign-in-codes?x=1")).andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/app/my/sign-in-codes?x=1");
    MockHttpSession loggedIn = (MockHttpSession) login.getRequest().getSession(false);
    Authentications webapps = AuthenticationUtil.getAuthsFromSession(loggedIn);
    assertThat(webapps.getAuthenticationForProcessEngine("default").getName()).isEqualTo("wangli");
    assertThat(mvc.perform(get("/app/my/sign-in-codes").session(loggedIn)).andReturn().getResponse().getStatus())
        .isEqualTo(200);

    String myPage = mvc.perform(get("/app/my").session(loggedIn)).andReturn().getResponse().getContentAsString();
    MvcResult logout = mvc.perform(post("/app/logout").session(loggedIn).param("_csrf", token(myPage))).andReturn();
    assertThat(logout.getResponse().getRedirectedUrl()).as("logout answered %s", logout.getResponse().getStatus()).isEqualTo("/app/login");
    assertThat(loggedIn.isInvalid()).isTrue();
  }

  @Test
  void aWrongPasswordStaysOnTheLoginPageAndAForeignDestinationIsIgnored() throws Exception {
    MockMvc mvc = SecuredMvc.of(context);
    MockHttpSession session = new MockHttpSession();
    String page = mvc.perform(get("/app/login").session(session)).andReturn().getResponse().getContentAsString();
    MvcResult wrong = mvc.perform(post("/app/login").session(session).param("_csrf", token(page)).param("username", "no-such-user")
        .param("password", "wrong").param("next", "/app/my")).andReturn();
    assertThat(wrong.getResponse().getStatus()).isEqualTo(401);
    assertThat(wrong.getResponse().getContentAsString()).contains("用户名或密码不正确");
    assertThat(AuthenticationUtil.getAuthsFromSession(wrong.getRequest().getSession())
        .hasAuthenticationForProcessEngine("default")).isFalse();

    for (String foreign : new String[] {"//evil.example/app/", "https://evil.example/app/my", "/\\evil.example",
        "/app/../camunda//x", "/api/meetings"}) {
      MockHttpSession fresh = new MockHttpSession();
      String form = mvc.perform(get("/app/login").session(fresh)).andReturn().getResponse().getContentAsString();
      MvcResult login = mvc.perform(post("/app/login").session(fresh).param("_csrf", token(form)).param("username", "chenjing")
          .param("password", "demo").param("next", foreign)).andReturn();
      assertThat(login.getResponse().getRedirectedUrl()).as(foreign).isEqualTo("/camunda/app/tasklist/");
    }
    // a login without the page's token is no login (login CSRF)
    MvcResult forged = mvc.perform(post("/app/login").param("username", "chenjing").param("password", "demo"))
        .andReturn();
    assertThat(AuthenticationUtil.getAuthsFromSession(forged.getRequest().getSession())
        .hasAuthenticationForProcessEngine("default")).isFalse();
  }

  private static String token(String page) {
    Matcher token = TOKEN.matcher(page);
    assertThat(token.find()).as("the page's CSRF token").isTrue();
    return token.group(1);
  }
}
