// Why: samverkan attendance lists head each side in many words ("Arbetsgivarföreträdare",
// "För arbetstagarna", "Fackliga organisationer", "Arbetsgivarens representanter"); the
// column splitter and the samverkan recognizer must agree on what such a heading is.
#pragma once

#include <string_view>

namespace kommunsok::indexer {

enum class AttendanceSide { None, Employer, Unions };

/// The side a short heading names, with or without its colon: a word of the employer's or
/// the employees' side ("Arbetsgivarsidan", "Arbetstagarorganisationer", "Fackliga"), perhaps
/// after "För"/"Från (de)" and before a word for the people ("representanter", "företrädare").
/// Anything longer is running text ("Arbetsgivaren svarade …"): None.
AttendanceSide side_named_by_heading(std::string_view text);

/// "Deltagare", "Närvaro", "Mötesdeltagare": a heading over a meeting's attendance, alone on
/// its line (with or without its colon).
bool is_attendance_heading(std::string_view text);

/// "Förhinder", "Frånvarande", "Återbud", "Anmält förhinder": a heading over those who were
/// away, alone or before its list (with or without its colon).
bool is_absence_heading(std::string_view text);

/// "förhinder (Eva Sundin)", "Återbud, sjuk": text that opens with one of those words.
bool opens_with_absence_word(std::string_view text);

/// "förhinder", "ej närv.", "deltog ej", "frånv": a table's presence cell, a legend's meaning or
/// a list's mark that says someone was away — the one vocabulary of absence every reader uses.
bool says_away(std::string_view text);

/// "Ärende 1.", "§ 1", "1. Mötets öppnande", "4 Frågor", "Punkt 2": a line that opens an agenda
/// item — where a meeting's attendance has ended.
bool opens_agenda_item(std::string_view line);

}  // namespace kommunsok::indexer
