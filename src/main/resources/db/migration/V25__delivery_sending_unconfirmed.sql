-- Issue #9: the minutes distribution and the meeting reminders record each message as SENDING,
-- committed before it is handed to the mail server, and SENT after; a retry that finds SENDING
-- (the application died in between) does not send again but marks it UNCONFIRMED (发送中断，待核实).
-- The unique keys minutes_delivery_once and meeting_reminder_delivery_once already allow one row per
-- recipient and channel, so a second SENDING for the same message cannot be inserted.
alter table minutes_delivery drop constraint minutes_delivery_status_check;
alter table minutes_delivery add constraint minutes_delivery_status_check
    check (status in ('SENDING', 'SENT', 'UNCONFIRMED', 'NO_ADDRESS', 'CHANNEL_OFF'));

-- V23 left the reminder's status unchecked; it takes the same five values.
alter table meeting_reminder_delivery add constraint meeting_reminder_delivery_status_check
    check (status in ('SENDING', 'SENT', 'UNCONFIRMED', 'NO_ADDRESS', 'CHANNEL_OFF'));
