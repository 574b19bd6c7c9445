package cn.gov.agency.meeting.contract;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Submitting a form ({@code submit-form}, as Tasklist does) makes the engine copy every submitted
 * string into its history as a "form property" ({@code ACT_HI_DETAIL}, type FormProperty) — transient
 * or not. What a person types must not stay with the engine ({@link TransientHandOver}), and what
 * stays a variable has its own variable history, so those copies are never written.
 */
final class FormPropertyHistoryOff implements HistoryEventHandler {

  private final HistoryEventHandler next;

  FormPropertyHistoryOff(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricFormPropertyEventEntity)) {
      next.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    next.handleEvents(events.stream().filter(event -> !(event instanceof HistoricFormPropertyEventEntity)).toList());
  }
}
