package cn.gov.agency.meeting.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Reads one input field however it arrived (form, JSON, REST variable) and records a violation
 * naming the field and the rule when it does not fit. Numbers arrive as Integer or Double from
 * forms: money becomes an exact BigDecimal here, at the boundary.
 */
public final class Fields {

  public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

  private Fields() {}

  public static String optionalText(Map<String, ?> values, String field) {
    Object value = values.get(field);
    return value == null ? "" : value.toString().trim();
  }

  public static String requiredText(Map<String, ?> values, String field, String label, int maxLength,
      Violations violations) {
    Object value = values.get(field);
    if (value != null && !(value instanceof String)) {
      violations.add(field, label, "type", "必须是文本");
      return null;
    }
    String text = value == null ? "" : ((String) value).trim();
    if (text.isEmpty()) {
      violations.add(field, label, "required", "必须填写");
      return null;
    }
    if (text.length() > maxLength) {
      violations.add(field, label, "max-length", "不能超过 " + maxLength + " 个字");
      return null;
    }
    return text;
  }

  /** An amount in yuan: not negative, at most two decimals. */
  public static BigDecimal money(Map<String, ?> values, String field, String label, Violations violations) {
    BigDecimal amount;
    try {
      amount = decimal(values.get(field));
    } catch (NumberFormatException e) {
      violations.add(field, label, "number", "必须是金额数字（元）");
      return null;
    }
    if (amount == null) {
      violations.add(field, label, "required", "必须填写（无经费填 0）");
    } else if (amount.signum() < 0) {
      violations.add(field, label, "not-negative", "不能为负数");
    } else if (amount.stripTrailingZeros().scale() > 2) {
      violations.add(field, label, "cents", "最多精确到分（两位小数）");
    } else if (amount.compareTo(MAX_MONEY) > 0) {
      violations.add(field, label, "max", "超出可登记的最大金额");
    } else {
      return amount.setScale(2);
    }
    return null;
  }

  /** A positive decimal with at most {@code scale} decimals, no larger than {@code max}. */
  public static BigDecimal positiveDecimal(Map<String, ?> values, String field, String label, int scale,
      BigDecimal max, Violations violations) {
    BigDecimal number;
    try {
      number = decimal(values.get(field));
    } catch (NumberFormatException e) {
      violations.add(field, label, "number", "必须是数字");
      return null;
    }
    if (number == null) {
      violations.add(field, label, "required", "必须填写");
    } else if (number.signum() <= 0 || number.compareTo(max) > 0) {
      violations.add(field, label, "range", "必须大于 0 且不超过 " + max.toPlainString());
    } else if (number.stripTrailingZeros().scale() > scale) {
      violations.add(field, label, "scale", "最多保留 " + scale + " 位小数");
    } else {
      return number.setScale(scale);
    }
    return null;
  }

  /** A whole number within [min, max]; blank is allowed when not required. */
  public static Integer integer(Map<String, ?> values, String field, String label, int min, int max,
      boolean required, Violations violations) {
    BigDecimal number;
    try {
      number = decimal(values.get(field));
    } catch (NumberFormatException e) {
      violations.add(field, label, "integer", "必须是整数");
      return null;
    }
    if (number == null) {
      if (required) {
        violations.add(field, label, "required", "必须填写");
      }
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      violations.add(field, label, "integer", "必须是整数");
    } else if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      violations.add(field, label, "range", "必须在 " + min + " 到 " + max + " 之间");
    } else {
      return number.intValue();
    }
    return null;
  }

  /** A date given as yyyy-MM-dd (or the start of an ISO date-time, or a Date); blank gives null. */
  public static LocalDate optionalDate(Map<String, ?> values, String field, String label, Violations violations) {
    Object value = values.get(field);
    if (value instanceof Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      violations.add(field, label, "date", "不是有效的日期（例如 2027-03-15）：" + abbreviate(text));
      return null;
    }
  }

  public static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static BigDecimal decimal(Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new NumberFormatException();
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Number || value instanceof String) {
      return new BigDecimal(value.toString().trim());
    }
    throw new NumberFormatException();
  }
}
