-- Praksisplan schema version 2 (branch welcome): what a welcome letter says about the first day at a site.
-- One row per site at most; a site without a row uses the plan's default arrival time (setting
-- welcome/arrivalTime) and its own address as the meeting place.
CREATE TABLE site_welcome (
    site_id       INTEGER PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
    arrival_time  TEXT NOT NULL DEFAULT '', -- HH:mm, empty: the plan's default
    meeting_place TEXT NOT NULL DEFAULT '', -- e.g. "Resepsjonen i 1. etasje, hovedinngangen", empty: the address
    note          TEXT NOT NULL DEFAULT ''  -- a few words for the letter, e.g. about parking or what to bring
);
