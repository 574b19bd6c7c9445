package cn.gov.agency.meeting.meetingtype;

/**
 * A field the notice of a meeting type asks the office for (R2, R3.3), declared in
 * processes/meeting-types.yaml: its key in forms/notice-draft.form, its Chinese label, what it is in
 * the notice ({@code theme}: the theme; {@code themeRequirements}: what the theme asks of the
 * participants), and its limits. The server checks it as declared; the type's notice template shows it.
 */
public record NoticeField(String key, String label, String role, Boolean required, Integer maxLength) {

  public static final String THEME = "theme";
  public static final String THEME_REQUIREMENTS = "themeRequirements";
  private static final int THEME_LENGTH = 500;
  private static final int TEXT_LENGTH = 4000;

  public boolean isRequired() {
    return required == null || required;
  }

  /** The declared limit, or the column's: a theme is a line, its requirements a text. */
  public int limit() {
    if (maxLength != null) {
      return maxLength;
    }
    return THEME.equals(role) ? THEME_LENGTH : TEXT_LENGTH;
  }
}
