package cn.gov.agency.meeting.archive;

import cn.gov.agency.meeting.meeting.MeetingRecord;

/**
 * One part of a meeting's archive (R7.4), contributed by the feature that owns the records: the
 * application, the notice, the materials, the sign-in sheet, the minutes, the money. A feature adds
 * its part by declaring a Spring bean of this type; the archive needs no change.
 */
public interface ArchiveSection {

  /** Where the part appears in the index: R7.4's order, application first, vouchers last. */
  int order();

  /** The index heading, in Chinese. */
  String title();

  /** Whether the part belongs in this meeting's archive at all (an ad-hoc meeting has no plan entry). */
  default boolean appliesTo(MeetingRecord meeting) {
    return true;
  }

  /** Writes the part's documents and files; writes nothing when the meeting has none of it. */
  void write(MeetingRecord meeting, ArchiveWriter writer);
}
