package cn.gov.agency.meeting.seating;

/**
 * Where each person of the rostrum sits, by protocol number: from the centre outwards, alternating
 * the senior side and the other side. Seats are numbered as the printed chart draws them, from the
 * audience's left (the rostrum at the top of the page, facing the reader).
 */
final class RostrumOrder {

  private RostrumOrder() {}

  /**
   * The seat (1 = the audience's leftmost) of protocol numbers 1..{@code size}: element {@code k}
   * is the seat of the person ranked {@code k + 1}.
   */
  static int[] seats(int size, SeatingSettings settings) {
    // Worked out in rostrum columns (0 = the rostrum's leftmost), turned to the audience's view at the end.
    int seniorStep = settings.seniorOnRostrumLeft() ? -1 : 1;
    int[] rostrumColumn = new int[size];
    int next = 0;
    int seniorEdge;
    int otherEdge;
    if (size % 2 == 1) {
      int centre = size / 2;
      rostrumColumn[next++] = centre;
      seniorEdge = centre;
      otherEdge = centre;
    } else if (size > 0) {
      int seniorCentre = seniorStep < 0 ? size / 2 - 1 : size / 2;
      int otherCentre = seniorStep < 0 ? size / 2 : size / 2 - 1;
      boolean firstOnSenior = settings.evenRule() == SeatingSettings.EvenRule.FIRST_ON_SENIOR_SIDE;
      rostrumColumn[next++] = firstOnSenior ? seniorCentre : otherCentre;
      rostrumColumn[next++] = firstOnSenior ? otherCentre : seniorCentre;
      seniorEdge = seniorCentre;
      otherEdge = otherCentre;
    } else {
      return new int[0];
    }
    while (next < size) {
      seniorEdge += seniorStep;
      rostrumColumn[next++] = seniorEdge;
      if (next < size) {
        otherEdge -= seniorStep;
        rostrumColumn[next++] = otherEdge;
      }
    }
    int[] seats = new int[size];
    for (int k = 0; k < size; k++) {
      seats[k] = size - rostrumColumn[k];
    }
    return seats;
  }
}
