package cn.gov.agency.meeting.materials;

import cn.gov.agency.meeting.upload.FileFacts;
import cn.gov.agency.meeting.upload.UploadFileNames;
import cn.gov.agency.meeting.meeting.MeetingRecord;
import cn.gov.agency.meeting.security.CurrentUser;
import cn.gov.agency.meeting.validation.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The materials of one meeting (R3.4): the page (list by kind with versions, upload form, missing
 * kinds, print quantity, review comments) and the same as JSON, upload and download. Downloads are
 * always attachments with the type fixed at upload, so no uploaded file runs in the browser.
 */
@Controller
class MaterialsController {

  private final MaterialsService service;
  private final MaterialsAccess access;
  private final MaterialsSettings settings;

  MaterialsController(MaterialsService service, MaterialsAccess access, MaterialsSettings settings) {
    this.service = service;
    this.access = access;
    this.settings = settings;
  }

  @GetMapping("/api/meetings/{meetingId}/materials")
  @ResponseBody
  MaterialsOverview overview(@PathVariable long meetingId, CurrentUser user) {
    readable(meetingId, user);
    return service.overview(meetingId);
  }

  @PostMapping(path = "/api/meetings/{meetingId}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseBody
  ResponseEntity<MaterialFile> upload(@PathVariable long meetingId, @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file, CurrentUser user) {
    MaterialFile stored = store(meetingId, kind, file, user);
    return ResponseEntity.created(URI.create("/api/meetings/" + meetingId + "/materials/" + stored.id() + "/content"))
        .body(stored);
  }

  @GetMapping("/api/meetings/{meetingId}/materials/{fileId}/content")
  @ResponseBody
  ResponseEntity<byte[]> download(@PathVariable long meetingId, @PathVariable long fileId, CurrentUser user) {
    readable(meetingId, user);
    MaterialsService.Download download = service.download(meetingId, fileId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.file().contentType()))
        .contentLength(download.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, UploadFileNames.contentDisposition(download.file().fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(download.content());
  }

  @GetMapping("/app/meetings/{meetingId}/materials")
  String page(@PathVariable long meetingId, CurrentUser user, Model model) {
    return render(meetingId, user, model, null);
  }

  @PostMapping(path = "/app/meetings/{meetingId}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String uploadFromPage(@PathVariable long meetingId, @RequestParam(required = false) String kind,
      @RequestParam(required = false) MultipartFile file, CurrentUser user, Model model) {
    try {
      store(meetingId, kind, file, user);
    } catch (InvalidInputException e) {
      return render(meetingId, user, model, e);
    }
    return "redirect:" + MaterialsService.pagePath(meetingId);
  }

  private MaterialFile store(long meetingId, String kind, MultipartFile file, CurrentUser user) {
    MeetingRecord meeting = readable(meetingId, user);
    if (!access.mayUpload(user, meeting)) {
      throw new AuthorizationException("only the host department's staff upload materials");
    }
    try {
      return service.upload(meetingId, kind, file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes(), user.userId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String render(long meetingId, CurrentUser user, Model model, InvalidInputException error) {
    MeetingRecord meeting = readable(meetingId, user);
    MaterialsOverview overview = service.overview(meetingId);
    model.addAttribute("meeting", meeting);
    model.addAttribute("materials", overview);
    model.addAttribute("uploadable", overview.open() && access.mayUpload(user, meeting));
    model.addAttribute("violations", error == null ? List.of() : error.violations());
    model.addAttribute("allowedTypes", settings.allowedTypes());
    model.addAttribute("maxFileSize", FileFacts.readableSize(settings.maxFileSize().toBytes()));
    return "materials/materials";
  }

  private MeetingRecord readable(long meetingId, CurrentUser user) {
    MeetingRecord meeting = service.meeting(meetingId);
    if (!access.mayRead(user, meeting)) {
      throw new AuthorizationException("not entitled to this meeting's materials");
    }
    return meeting;
  }
}
