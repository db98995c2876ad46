#pragma once
// The sections of HR's person detail that list what the learner did, one block per attempt or
// run (screen_records_person_history.cpp); screen_records_person.cpp draws the rest around them.

#include "records_ui.hpp"

namespace mamori::app::ui {

/// Every quiz attempt, the latest of each quiz open, with every answer.
void drawPersonAttempts(RecordsUi& r, const PersonDetail& person);
/// Every scenario run with its outcome and path.
void drawPersonRuns(RecordsUi& r, const PersonDetail& person);
/// Every inbox run with each message's decision, what was marked and what was opened.
void drawPersonInboxRuns(RecordsUi& r, const PersonDetail& person);

} // namespace mamori::app::ui
