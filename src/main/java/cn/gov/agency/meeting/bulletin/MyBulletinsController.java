package cn.gov.agency.meeting.bulletin;

import cn.gov.agency.meeting.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** 我收到的通报与反馈: the in-app bulletins of the logged-in person, only their own. */
@Controller
class MyBulletinsController {

  private final BulletinService service;

  MyBulletinsController(BulletinService service) {
    this.service = service;
  }

  @GetMapping("/api/my/bulletins")
  @ResponseBody
  List<MyBulletin> mine(CurrentUser user) {
    return service.inAppOf(user.userId());
  }

  @GetMapping("/app/my/bulletins")
  String page(CurrentUser user, Model model) {
    model.addAttribute("bulletins", service.inAppOf(user.userId()));
    return "bulletin/my";
  }
}
