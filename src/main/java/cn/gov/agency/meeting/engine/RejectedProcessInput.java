package cn.gov.agency.meeting.engine;

import cn.gov.agency.meeting.validation.InvalidInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Invalid input met inside a process (a start form or a completed task). Being a form validation
 * failure, Tasklist shows its message on the form and the engine's REST API answers 400; its code
 * lets {@link EngineRestValidationStatus} turn the REST API's 500 for plain starts into 400 too.
 */
public class RejectedProcessInput extends FormFieldValidationException {

  /** Outside the engine's reserved range of built-in codes. */
  public static final int CODE = 22400;

  public RejectedProcessInput(InvalidInputException cause) {
    super(cause.violations(), cause.getMessage(), cause);
    setCode(CODE);
  }
}
