package cn.gov.agency.meeting.contract;

/** A form whose submitted data the input contract cannot describe: it must not be deployed. */
public class UnsupportedFormException extends RuntimeException {

  public UnsupportedFormException(String message) {
    super(message);
  }
}
