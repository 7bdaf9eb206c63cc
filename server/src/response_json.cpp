#include "kommunsok/server/response_json.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <sstream>

#include "kommunsok/schema/document_json.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::server {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string stringify(const Object::Ptr& obj) {
  std::ostringstream out;
  obj->stringify(out);
  return out.str();
}

Object::Ptr new_object() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

Array::Ptr strings(const std::vector<std::string>& values) {
  Array::Ptr array = new Array;
  for (const auto& value : values) array->add(value);
  return array;
}

Poco::Dynamic::Var or_null(const std::string& value) {
  return value.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(value);
}

// Ids are relative paths: '/' stays readable, everything else is percent-encoded.
std::string original_url(const std::string& id) {
  std::string out = "/api/documents/";
  for (unsigned char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                       c == '.' || c == '-' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out + "/original";
}

Object::Ptr hit_json(const SearchHit& hit) {
  const schema::Document& doc = hit.document;
  Object::Ptr obj = new_object();
  obj->set("id", doc.id);
  obj->set("title", doc.title);
  obj->set("kind", std::string(schema::to_string(doc.kind)));
  obj->set("date", doc.date ? Poco::Dynamic::Var(doc.date->iso()) : Poco::Dynamic::Var());
  obj->set("organ", or_null(doc.organ));
  obj->set("municipality", or_null(doc.municipality));
  obj->set("diarienummer", strings(doc.diarienummer));
  obj->set("parties", strings(doc.parties));
  obj->set("snippet", hit.snippet);
  obj->set("page", hit.page ? Poco::Dynamic::Var(*hit.page) : Poco::Dynamic::Var());
  obj->set("original", doc.original.sha256.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(original_url(doc.id)));
  obj->set("score", hit.score);
  return obj;
}

}  // namespace

std::string search_response_json(const SearchRequest& request, const SearchResult& result) {
  Object::Ptr obj = new_object();
  obj->set("query", request.q);
  obj->set("total", static_cast<unsigned long>(result.total));
  obj->set("suggestion", or_null(result.suggestion));
  obj->set("corrected", result.corrected);
  obj->set("relaxed", result.relaxed);
  Poco::JSON::Array::Ptr limits = new Poco::JSON::Array;
  for (const std::string& limit : result.limits) limits->add(limit);
  obj->set("limited", limits);
  obj->set("page", request.page);
  obj->set("size", request.size);
  Array::Ptr hits = new Array;
  for (const SearchHit& hit : result.hits) hits->add(hit_json(hit));
  obj->set("hits", hits);
  Object::Ptr facets = new_object();
  for (const Facet& facet : result.facets) {
    Array::Ptr values = new Array;
    for (const FacetValue& value : facet.values) {
      Object::Ptr entry = new_object();
      entry->set("value", value.value);
      entry->set("count", static_cast<unsigned long>(value.count));
      values->add(entry);
    }
    facets->set(facet.name, values);
  }
  obj->set("facets", facets);
  return stringify(obj);
}

std::string document_response_json(const schema::Document& document) {
  Object::Ptr obj = schema::to_json_object(document, true);
  obj->remove("page_breaks");  // the index's bookkeeping; "sections" and hits carry pages
  obj->set("original", document.original.sha256.empty() ? Poco::Dynamic::Var()
                                                       : Poco::Dynamic::Var(original_url(document.id)));
  return stringify(obj);
}

std::string health_response_json(unsigned long documents) {
  Object::Ptr obj = new_object();
  obj->set("status", "ok");
  obj->set("documents", documents);
  return stringify(obj);
}

std::string error_response_json(const std::string& message) {
  Object::Ptr obj = new_object();
  // Messages may quote what the client sent, which need not be UTF-8; the JSON must be.
  obj->set("error", schema::to_valid_utf8(message));
  return stringify(obj);
}

}  // namespace kommunsok::server
