#include "parse/html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "model/utf8.hpp"
#include "parse/table_grid.hpp"

namespace respnet {
namespace {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

const char* name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool named(const xmlNode* node, std::initializer_list<const char*> names) {
  return node->type == XML_ELEMENT_NODE &&
         std::any_of(names.begin(), names.end(), [&](const char* n) { return std::strcmp(name_of(node), n) == 0; });
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Scripts, styles, controls and navigation: not part of the document.
bool is_dropped(const xmlNode* node) {
  if (named(node, {"script", "style", "noscript", "nav", "header", "footer", "iframe", "select", "button", "template",
                   "svg", "head", "textarea"})) {
    return true;
  }
  static constexpr std::array<const char*, 5> k_navigation{"nav", "menu", "footer", "crumb", "sidebar"};
  const std::string marks = attribute(node, "class") + " " + attribute(node, "id");
  return std::any_of(k_navigation.begin(), k_navigation.end(),
                     [&](const char* word) { return marks.find(word) != std::string::npos; });
}

bool is_block(const xmlNode* node) {
  return named(node,
               {"p",       "div",        "li",  "ul", "ol", "h1", "h2",     "h3",   "h4",      "h5", "h6",   "section",
                "article", "blockquote", "pre", "dd", "dt", "dl", "center", "main", "caption", "tr", "body", "hr"});
}

bool is_wide(char32_t c) { return c >= 0x2E80; }

std::size_t span_of(const xmlNode* node, const char* name) {
  const std::string value = attribute(node, name);
  const unsigned long span = value.empty() ? 1 : std::strtoul(value.c_str(), nullptr, 10);
  return span == 0 ? 1 : span;
}

class HtmlWalker {
 public:
  SourceText walk(const xmlNode* node) {
    children(node);
    flush();
    return std::move(m_text);
  }

 private:
  void children(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        add_text(node);
      } else if (node->type != XML_ELEMENT_NODE || is_dropped(node)) {
        continue;
      } else if (named(node, {"table"})) {
        flush();
        table(node);
      } else if (named(node, {"br"})) {
        flush();
      } else {
        const bool block = is_block(node);
        const bool pre = named(node, {"pre"});
        if (block) flush();
        m_pre += pre ? 1 : 0;
        children(node);
        m_pre -= pre ? 1 : 0;
        if (block) flush();
      }
    }
  }

  void add_text(const xmlNode* node) {
    if (node->content == nullptr) return;
    const std::u32string text = decode_utf8(reinterpret_cast<const char*>(node->content)).text;
    for (const char32_t c : text) {
      if (m_pre > 0 && c == U'\n') {
        flush();
        continue;
      }
      if (c == U' ' || c == U'\n' || c == U'\r' || c == U'\t') {
        m_space = true;
        continue;
      }
      if (m_line.empty()) m_line_number = static_cast<std::uint32_t>(std::max(1L, xmlGetLineNo(node)));
      if (m_space && !m_line.empty() && !(is_wide(m_line.back()) && is_wide(c))) m_line += U' ';
      m_space = false;
      m_line += c;
    }
  }

  void flush() {
    m_space = false;
    if (trim(m_line).empty()) {
      m_line.clear();
      return;
    }
    TextLine line{m_line_number, std::move(m_line), {}};
    line.folded = line.original;
    for (char32_t& c : line.folded) c = fold_width(c);
    m_text.push_back({std::move(line), {}});
    m_line.clear();
  }

  // The rows of a table; a nested table's text goes into its cell.
  void table(const xmlNode* node) {
    TableGrid grid;
    rows(node, grid);
    for (SourceLine& row : grid.rows()) m_text.push_back(std::move(row));
  }

  static void rows(const xmlNode* parent, TableGrid& grid) {
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (named(node, {"tr"})) {
        grid.begin_row();
        for (const xmlNode* cell = node->children; cell != nullptr; cell = cell->next) {
          if (!named(cell, {"td", "th"})) continue;
          std::u32string text;
          for (const SourceLine& line : HtmlWalker().walk(cell)) {
            if (!text.empty()) text += U'\n';
            text += line.text.original;
          }
          const auto line = static_cast<std::uint32_t>(std::max(1L, xmlGetLineNo(cell)));
          grid.add_cell(std::move(text), {line, 1}, span_of(cell, "colspan"), span_of(cell, "rowspan"));
        }
      } else if (named(node, {"thead", "tbody", "tfoot"})) {
        rows(node, grid);
      }
    }
  }

  SourceText m_text;
  std::u32string m_line;
  std::uint32_t m_line_number = 1;
  bool m_space = false;
  int m_pre = 0;
};

}  // namespace

SourceText read_html(std::u32string_view text) {
  const std::string utf8 = encode_utf8(text);
  std::unique_ptr<xmlDoc, XmlDocFree> doc(htmlReadMemory(
      utf8.data(), static_cast<int>(utf8.size()), "page.html", "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED));
  if (!doc) return {};
  // The document node heads the tree like an element: its children are the page's top level.
  return HtmlWalker().walk(reinterpret_cast<const xmlNode*>(doc.get()));
}

}  // namespace respnet
