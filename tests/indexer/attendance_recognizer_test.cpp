// Attendance lists in the forms municipalities write them; all names are fictional.
#include <algorithm>
#include <catch2/catch.hpp>

#include "kommunsok/indexer/attendance_recognizer.hpp"
#include "kommunsok/indexer/person_names.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Person;

namespace {

bool has(const std::vector<Person>& people, const std::string& name) {
  return std::any_of(people.begin(), people.end(), [&](const Person& p) { return p.name == name; });
}

// The person of that name, or an empty one (whose fields then fail the checks).
Person person(const std::vector<Person>& people, const std::string& name) {
  for (const auto& p : people)
    if (p.name == name) return p;
  return {};
}

}  // namespace

TEST_CASE("name, party, role — also flattened onto one line", "[indexer][attendance]") {
  const auto people = recognize_attendance(
      {"Beslutande Ledamöter Åsa Lind, M, Ordförande Per Ekdahl, C, 1:e vice ordförande Mia Ros, S Olle Berg, SD "
       "Kim Ås, s"});
  REQUIRE(has(people, "Åsa Lind"));
  CHECK(person(people, "Åsa Lind").party == "M");
  CHECK(person(people, "Åsa Lind").role == "Ordförande");
  CHECK(person(people, "Per Ekdahl").role == "1:e vice ordförande");
  CHECK(person(people, "Olle Berg").party == "SD");
  CHECK(person(people, "Kim Ås").party == "S");  // lower case after a comma
  CHECK_FALSE(has(people, "S Olle Berg"));      // a party letter is no initial
}

TEST_CASE("officials: name then office, office then name", "[indexer][attendance]") {
  const auto people = recognize_attendance({"Övriga närvarande", "Lena Holm, nämndsekreterare",
                                            "Kommundirektör Jon Sand", "Tf förvaltningschef Eva Dal",
                                            "Anna V Berg, ekonom", "Sekreterare: Bo Lind Ulla Ek"});
  CHECK(person(people, "Lena Holm").role == "nämndsekreterare");
  CHECK(person(people, "Jon Sand").role == "kommundirektör");
  CHECK(person(people, "Eva Dal").role == "tf förvaltningschef");
  CHECK(person(people, "Anna V Berg").role == "ekonom");
  CHECK(has(people, "Bo Lind"));
  CHECK(has(people, "Ulla Ek"));
  // List labels never become names.
  for (const auto& p : people) CHECK(p.name.find("Övriga") == std::string::npos);
  // The office after the name without a comma, the entry ending at a comma or the line's end.
  const auto officers = recognize_attendance(
      {"Tjänstepersoner: Henrik Wall samhällsbyggnadschef, Sara Nyhed planchef", "§§ 63–64, Emma Stål nämndsekreterare",
       "Beslutet fattades av Per Lund efter samråd med kommunchefen."});
  CHECK(person(officers, "Henrik Wall").role == "samhällsbyggnadschef");
  CHECK(person(officers, "Sara Nyhed").role == "planchef");
  CHECK(person(officers, "Emma Stål").role == "nämndsekreterare");
  CHECK_FALSE(has(officers, "Per Lund"));
  // Without an officers' label, a school or a unit before its head's office is no one.
  const auto units = recognize_attendance({"Närvarande", "Norra Ekbyskolan rektor, Södra Ekbyskolan rektor",
                                           "Hemtjänst Norr enhetschef, Maria Ås", "Information lämnas av Ekby Hemtjänst samordnare"});
  CHECK_FALSE(has(units, "Norra Ekbyskolan"));
  CHECK_FALSE(has(units, "Hemtjänst Norr"));
  CHECK_FALSE(has(units, "Ekby Hemtjänst"));
}

TEST_CASE("substitutes, union representatives, signatures", "[indexer][attendance]") {
  const auto people = recognize_attendance({"Beslutande", "Kim Lund (S) tjg för Bo Nyman", "Personalföreträdare Eva Ros, "
                                            "Kommunal Jan Holm, SACO", "", "/Lisa Vik"});
  CHECK(person(people, "Bo Nyman").role == "ersatt ledamot");
  CHECK(person(people, "Eva Ros").union_name == "Kommunal");
  CHECK(has(people, "Jan Holm"));
  CHECK(has(people, "Lisa Vik"));
}

TEST_CASE("names glued across table cells are set apart", "[indexer][attendance]") {
  CHECK(unglue_names("Ulf Ek (S)Per Ås (M)") == "Ulf Ek (S) Per Ås (M)");
  CHECK(unglue_names("Ulf Ek tjg för Bo NymanSara Lind (MP)") == "Ulf Ek tjg för Bo Nyman, Sara Lind (MP)");
  CHECK(unglue_names("Beslutande JanErik Ström (S)") == "Beslutande JanErik Ström (S)");
}

TEST_CASE("a surname-first list is turned when the prose writes a name the other way", "[indexer][attendance]") {
  std::vector<Person> people{{"Holm Lena", "S", "ordförande", "", ""}, {"Berg Anna", "M", "", "", ""},
                             {"Lena Holm", "S", "", "", ""}};
  put_first_names_first(people, "Beslutande Holm Lena (S), ordförande Berg Anna (M) … § 1 Lena Holm (S) yrkar bifall.");
  REQUIRE(people.size() == 2);
  CHECK(people[0].name == "Lena Holm");
  CHECK(people[0].role == "ordförande");
  CHECK(people[1].name == "Anna Berg");

  std::vector<Person> first_names_first{{"Lena Holm", "S", "", "", ""}};
  put_first_names_first(first_names_first, "Lena Holm (S) ordförande.");
  CHECK(first_names_first[0].name == "Lena Holm");
}

TEST_CASE("two people run together are dropped when each is named on their own", "[indexer][attendance]") {
  std::vector<Person> people{{"Klas Berg Sonny Ek", "MP", "", "", ""}, {"Klas Berg Sonny", "", "", "", ""},
                             {"Klas Berg", "", "", "", ""}, {"Sonny Ek", "MP", "", "", ""}, {"Anna Lind Holm", "", "", "", ""},
                             {"Sonny Eks", "", "", "", ""}};
  tidy_names(people);
  REQUIRE(people.size() == 3);  // and "Sonny Eks" is Sonny Ek's genitive
  CHECK(people[0].name == "Klas Berg");
  CHECK(people[1].name == "Sonny Ek");
  CHECK(people[2].name == "Anna Lind Holm");  // a three-word name with no one else in it stays
}

TEST_CASE("an interpellation's addressee and signer, named without a party", "[indexer][attendance]") {
  const auto people = recognize_interpellation_parties(
      {"Interpellation till Nils Berg", "", "Frågorna ställs till tillträdande ordförande i BUN, Bo Ny.", "", "Med vänlig hälsning",
       "", "Socialnämndens", "Ordförande", "Gun Ek", "", "Lisa Dal", "Fullmäktigeledamot"});
  CHECK(has(people, "Nils Berg"));
  CHECK(person(people, "Bo Ny").role == "tillträdande ordförande i BUN");
  CHECK(person(people, "Gun Ek").role == "ordförande");
  CHECK(person(people, "Lisa Dal").role == "interpellant");
  CHECK_FALSE(has(people, "Med vänlig"));
}

TEST_CASE("offices written out: what they are for, or in capitals", "[indexer][attendance]") {
  const auto people = recognize_attendance(
      {"Övriga närvarande ekonom Eva Lind 164, chef för hållbar utveckling Per Holm 172, förvaltningschef för "
       "Intern Service Ann Berg , Kim Ek, Socialt Ansvarig Socionom 140"});
  CHECK(person(people, "Eva Lind").role == "ekonom");
  CHECK(person(people, "Per Holm").role == "chef för hållbar utveckling");
  CHECK(person(people, "Ann Berg").role == "förvaltningschef för Intern Service");
  CHECK(person(people, "Kim Ek").role == "Socialt Ansvarig Socionom 140");
  CHECK_FALSE(has(people, "Intern Service"));
}
