#include "kommunsok/schema/document_json.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "kommunsok/schema/fields.hpp"

namespace kommunsok::schema {

namespace {

Poco::JSON::Array::Ptr string_array(const std::vector<std::string>& values) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (const auto& v : values) array->add(v);
  return array;
}

Poco::Dynamic::Var optional_string(const std::string& value) {
  return value.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(value);
}

std::string get_string(const Poco::JSON::Object& obj, const std::string& key) {
  if (!obj.has(key) || obj.isNull(key)) return {};
  return obj.getValue<std::string>(key);
}

std::vector<std::string> get_strings(const Poco::JSON::Object& obj, const std::string& key) {
  std::vector<std::string> out;
  if (auto array = obj.getArray(key)) {
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
  }
  return out;
}

std::string key(const Field& f) { return std::string(f.name); }

Poco::JSON::Array::Ptr int_array(const std::vector<int>& values) {
  Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
  for (int v : values) array->add(v);
  return array;
}

std::vector<int> get_ints(const Poco::JSON::Object& obj, const std::string& key) {
  std::vector<int> out;
  if (auto array = obj.getArray(key)) {
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<int>(i));
  }
  return out;
}

std::optional<int> get_optional_int(const Poco::JSON::Object& obj, const std::string& key) {
  if (!obj.has(key) || obj.isNull(key)) return std::nullopt;
  return obj.getValue<int>(key);
}

Poco::JSON::Object::Ptr exchange_object(const Exchange& e) {
  Poco::JSON::Object::Ptr obj = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  obj->set("asker", e.asker);
  obj->set("affiliation", optional_string(e.affiliation));
  obj->set("answerer", optional_string(e.answerer));
  obj->set("question", e.question);
  obj->set("answer", optional_string(e.answer));
  obj->set("section", optional_string(e.section));
  obj->set("position", e.position);
  return obj;
}

Poco::JSON::Object::Ptr original_object(const Original& o) {
  Poco::JSON::Object::Ptr obj = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  obj->set("file_name", o.file_name);
  obj->set("path", o.path);
  obj->set("sha256", optional_string(o.sha256));
  obj->set("format", optional_string(o.format));
  obj->set("media_type", optional_string(o.media_type));
  obj->set("size", o.size);
  obj->set("modified", optional_string(o.modified));
  obj->set("pages", o.pages);
  obj->set("ocr_pages", int_array(o.ocr_pages));
  return obj;
}

Original original_from(const Poco::JSON::Object& obj) {
  Original o;
  o.file_name = get_string(obj, "file_name");
  o.path = get_string(obj, "path");
  o.sha256 = get_string(obj, "sha256");
  o.format = get_string(obj, "format");
  o.media_type = get_string(obj, "media_type");
  if (obj.has("size")) o.size = obj.getValue<std::uint64_t>("size");
  o.modified = get_string(obj, "modified");
  if (obj.has("pages")) o.pages = obj.getValue<int>("pages");
  o.ocr_pages = get_ints(obj, "ocr_pages");
  return o;
}

Poco::Dynamic::Var optional_int(const std::optional<int>& value) {
  return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

}  // namespace

std::optional<int> page_at(const Document& doc, std::size_t offset) {
  if (!doc.page) return std::nullopt;
  const auto after = std::upper_bound(doc.page_breaks.begin(), doc.page_breaks.end(), offset);
  return *doc.page + static_cast<int>(after - doc.page_breaks.begin());
}

Poco::JSON::Object::Ptr to_json_object(const Document& doc, bool include_text) {
  Poco::JSON::Object::Ptr obj = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
  obj->set(key(field::id), doc.id);
  obj->set(key(field::title), doc.title);
  obj->set(key(field::kind), std::string(to_string(doc.kind)));
  obj->set(key(field::date), doc.date ? Poco::Dynamic::Var(doc.date->iso()) : Poco::Dynamic::Var());
  obj->set(key(field::organ), optional_string(doc.organ));
  obj->set(key(field::municipality), optional_string(doc.municipality));
  obj->set(key(field::unit), optional_string(doc.unit));
  obj->set(key(field::diarienummer), string_array(doc.diarienummer));
  obj->set(key(field::paragraph), doc.paragraph ? Poco::Dynamic::Var(*doc.paragraph) : Poco::Dynamic::Var());
  obj->set("paragraphs", int_array(doc.paragraphs));
  obj->set(key(field::parties), string_array(doc.parties));
  Poco::JSON::Array::Ptr people = new Poco::JSON::Array;
  for (const Person& p : doc.people) {
    Poco::JSON::Object::Ptr person = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    person->set("name", p.name);
    person->set("party", optional_string(p.party));
    person->set("role", optional_string(p.role));
    person->set("union", optional_string(p.union_name));
    person->set("side", optional_string(p.side));
    people->add(person);
  }
  obj->set(key(field::people), people);
  obj->set(key(field::unions), string_array(doc.unions));
  obj->set("unions_absent", string_array(doc.unions_absent));
  obj->set("decision", optional_string(doc.decision));
  Poco::JSON::Array::Ptr exchanges = new Poco::JSON::Array;
  for (const Exchange& e : doc.exchanges) exchanges->add(exchange_object(e));
  obj->set("exchanges", exchanges);
  obj->set("protocol_id", optional_string(doc.protocol_id));
  obj->set("position", doc.position ? Poco::Dynamic::Var(*doc.position) : Poco::Dynamic::Var());
  obj->set("paragraph_ids", string_array(doc.paragraph_ids));
  obj->set("source", original_object(doc.original));
  obj->set("page", optional_int(doc.page));
  Poco::JSON::Array::Ptr sections = new Poco::JSON::Array;
  for (const SectionStart& section : doc.sections) {
    Poco::JSON::Object::Ptr s = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    s->set("number", optional_int(section.number));
    s->set("heading", section.heading);
    s->set("page", optional_int(section.page));
    sections->add(s);
  }
  obj->set("sections", sections);
  if (include_text) {
    obj->set(key(field::text), doc.text);
    if (doc.text_truncated) obj->set("text_truncated", true);
    Poco::JSON::Array::Ptr breaks = new Poco::JSON::Array;
    for (std::size_t offset : doc.page_breaks) breaks->add(offset);
    obj->set("page_breaks", breaks);
  }
  return obj;
}

std::string to_json(const Document& doc) {
  std::ostringstream out;
  to_json_object(doc, true)->stringify(out);
  return out.str();
}

Document document_from_json(std::string_view json) {
  try {
    Poco::JSON::Parser parser;
    auto obj = parser.parse(std::string(json)).extract<Poco::JSON::Object::Ptr>();
    Document doc;
    doc.id = get_string(*obj, key(field::id));
    doc.title = get_string(*obj, key(field::title));
    auto kind = parse_kind(get_string(*obj, key(field::kind)));
    if (!kind) throw std::runtime_error("unknown kind");
    doc.kind = *kind;
    if (auto date = get_string(*obj, key(field::date)); !date.empty()) {
      doc.date = parse_iso_date(date);
      if (!doc.date) throw std::runtime_error("bad date " + date);
    }
    doc.organ = get_string(*obj, key(field::organ));
    doc.municipality = get_string(*obj, key(field::municipality));
    doc.unit = get_string(*obj, key(field::unit));
    doc.diarienummer = get_strings(*obj, key(field::diarienummer));
    doc.paragraph = get_optional_int(*obj, key(field::paragraph));
    doc.paragraphs = get_ints(*obj, "paragraphs");
    doc.parties = get_strings(*obj, key(field::parties));
    if (auto people = obj->getArray(key(field::people))) {
      for (std::size_t i = 0; i < people->size(); ++i) {
        auto p = people->getObject(static_cast<unsigned>(i));
        if (!p) continue;
        doc.people.push_back(Person{get_string(*p, "name"), get_string(*p, "party"),
                                    get_string(*p, "role"), get_string(*p, "union"), get_string(*p, "side")});
      }
    }
    doc.unions = get_strings(*obj, key(field::unions));
    doc.unions_absent = get_strings(*obj, "unions_absent");
    doc.decision = get_string(*obj, "decision");
    if (auto exchanges = obj->getArray("exchanges")) {
      for (std::size_t i = 0; i < exchanges->size(); ++i) {
        auto e = exchanges->getObject(static_cast<unsigned>(i));
        if (!e) continue;
        doc.exchanges.push_back(Exchange{get_string(*e, "asker"), get_string(*e, "affiliation"),
                                         get_string(*e, "answerer"), get_string(*e, "question"),
                                         get_string(*e, "answer"), get_string(*e, "section"),
                                         e->has("position") ? e->getValue<std::size_t>("position") : 0});
      }
    }
    doc.protocol_id = get_string(*obj, "protocol_id");
    doc.position = get_optional_int(*obj, "position");
    doc.paragraph_ids = get_strings(*obj, "paragraph_ids");
    if (auto source = obj->getObject("source")) doc.original = original_from(*source);
    doc.page = get_optional_int(*obj, "page");
    if (auto sections = obj->getArray("sections")) {
      for (std::size_t i = 0; i < sections->size(); ++i) {
        auto s = sections->getObject(static_cast<unsigned>(i));
        if (s) doc.sections.push_back(SectionStart{get_optional_int(*s, "number"), get_string(*s, "heading"),
                                                   get_optional_int(*s, "page")});
      }
    }
    doc.text = get_string(*obj, key(field::text));
    doc.text_truncated = obj->has("text_truncated") && obj->getValue<bool>("text_truncated");
    if (auto breaks = obj->getArray("page_breaks"))
      for (std::size_t i = 0; i < breaks->size(); ++i) doc.page_breaks.push_back(breaks->getElement<std::size_t>(i));
    return doc;
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("malformed document data: " + e.displayText());
  }
}

}  // namespace kommunsok::schema
