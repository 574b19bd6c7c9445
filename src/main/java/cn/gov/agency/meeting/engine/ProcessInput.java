package cn.gov.agency.meeting.engine;

import cn.gov.agency.meeting.validation.InvalidInputException;
import java.util.function.Supplier;

/** Runs a check of process input and reports a failure the way Tasklist and the REST API expect. */
public final class ProcessInput {

  private ProcessInput() {}

  public static <T> T checked(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      throw new RejectedProcessInput(e);
    }
  }

  public static void checked(Runnable check) {
    checked(() -> {
      check.run();
      return null;
    });
  }
}
