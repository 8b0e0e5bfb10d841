#include "parse/docx_text.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstring>
#include <memory>

#include "model/utf8.hpp"
#include "parse/table_grid.hpp"

namespace respnet {
namespace {

// A body that unpacks past this is refused before it is unpacked: a zip bomb otherwise takes
// the memory (the body of a 1 000-task breakdown is a few MB).
constexpr zip_uint64_t k_max_document_xml = 128u << 20;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

// word/document.xml out of the archive, or an error.
std::string document_xml(std::string_view bytes, std::string& error) {
  zip_error_t zerror;
  zip_error_init(&zerror);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerror);
  std::unique_ptr<zip_t, ZipCloser> archive(source ? zip_open_from_source(source, ZIP_RDONLY, &zerror) : nullptr);
  zip_error_fini(&zerror);
  if (!archive) {
    if (source) zip_source_free(source);
    error = "not a Word document: a .docx file is a zip archive, and this one cannot be opened.";
    return {};
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive.get(), "word/document.xml", 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
    error = "not a Word document: the archive has no word/document.xml.";
    return {};
  }
  if (stat.size > k_max_document_xml) {
    error = "word/document.xml unpacks to " + std::to_string(stat.size >> 20) + " MB, over the limit of " +
            std::to_string(k_max_document_xml >> 20) + " MB: refused as a possible zip bomb.";
    return {};
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive.get(), "word/document.xml", 0));
  std::string xml(stat.size, '\0');
  if (!file || zip_fread(file.get(), xml.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
    error = "word/document.xml cannot be read from the archive: it is damaged.";
    return {};
  }
  return xml;
}

bool is(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

const xmlNode* child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (is(c, name)) return c;
  }
  return nullptr;
}

std::string attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0 && a->children && a->children->content) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return {};
}

class DocxWalker {
 public:
  SourceText walk(const xmlNode* body) {
    blocks(body);
    return std::move(m_text);
  }

 private:
  // Paragraphs and tables, looking through content controls and tracked insertions.
  void blocks(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (is(node, "p")) {
        paragraph_lines(node);
      } else if (is(node, "tbl")) {
        table(node);
      } else if (node->type == XML_ELEMENT_NODE && !is(node, "sectPr")) {
        blocks(node);
      }
    }
  }

  // The text of a paragraph: w:t runs, w:tab as a space, w:br as a line break; deleted text
  // and field codes left out.
  static void text_of(const xmlNode* node, std::string& out) {
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (is(c, "t")) {
        for (const xmlNode* t = c->children; t != nullptr; t = t->next) {
          if (t->content) out += reinterpret_cast<const char*>(t->content);
        }
      } else if (is(c, "tab")) {
        out += ' ';
      } else if (is(c, "br") || is(c, "cr")) {
        out += '\n';
      } else if (!is(c, "delText") && !is(c, "instrText") && !is(c, "pPr") && !is(c, "rPr")) {
        text_of(c, out);
      }
    }
  }

  void paragraph_lines(const xmlNode* p) {
    std::string text;
    text_of(p, text);
    for (std::u32string& line : split_paragraph(text)) {
      TextLine out{m_line++, std::move(line), {}};
      out.folded = out.original;
      for (char32_t& c : out.folded) c = fold_width(c);
      m_text.push_back({std::move(out), {}});
    }
  }

  static std::vector<std::u32string> split_paragraph(const std::string& text) {
    std::vector<std::u32string> out;
    const std::u32string wide = decode_utf8(text).text;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= wide.size(); ++i) {
      if (i < wide.size() && wide[i] != U'\n') continue;
      out.push_back(wide.substr(start, i - start));
      start = i + 1;
    }
    return out;
  }

  // A cell's paragraphs joined by '\n' (nested tables flattened into it).
  static std::u32string cell_text(const xmlNode* tc, std::size_t& paragraphs) {
    std::string text;
    cell_paragraphs(tc, text, paragraphs);
    return decode_utf8(text).text;
  }

  static void cell_paragraphs(const xmlNode* parent, std::string& text, std::size_t& paragraphs) {
    for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
      if (is(node, "p")) {
        if (paragraphs++ > 0) text += '\n';
        text_of(node, text);
      } else if (node->type == XML_ELEMENT_NODE && !is(node, "tcPr")) {
        cell_paragraphs(node, text, paragraphs);
      }
    }
  }

  void table(const xmlNode* tbl) {
    TableGrid grid;
    for (const xmlNode* tr = tbl->children; tr != nullptr; tr = tr->next) {
      if (!is(tr, "tr")) continue;
      grid.begin_row();
      std::size_t tallest = 1;
      for (const xmlNode* tc = tr->children; tc != nullptr; tc = tc->next) {
        if (!is(tc, "tc")) continue;
        const xmlNode* pr = child(tc, "tcPr");
        const xmlNode* span = pr ? child(pr, "gridSpan") : nullptr;
        const xmlNode* merge = pr ? child(pr, "vMerge") : nullptr;
        const std::size_t columns = span ? std::strtoul(attribute(span, "val").c_str(), nullptr, 10) : 1;
        if (merge && attribute(merge, "val") != "restart") {
          grid.add_merged(columns);
          continue;
        }
        std::size_t paragraphs = 0;
        std::u32string text = cell_text(tc, paragraphs);
        tallest = std::max(tallest, paragraphs);
        grid.add_cell(std::move(text), {m_line, 1}, columns);
      }
      m_line += static_cast<std::uint32_t>(tallest);
    }
    for (SourceLine& row : grid.rows()) {
      // Columns count characters along the row's cells joined by tabs.
      std::uint32_t column = 1;
      for (TableCell& cell : row.cells) {
        if (!cell.spanned) cell.location.column = column;
        column += static_cast<std::uint32_t>(cell.original.size()) + 1;
      }
      m_text.push_back(std::move(row));
    }
  }

  SourceText m_text;
  std::uint32_t m_line = 1;
};

}  // namespace

DocxText read_docx(std::string_view bytes) {
  DocxText out;
  const std::string xml = document_xml(bytes, out.error);
  if (!out.error.empty()) return out;
  std::unique_ptr<xmlDoc, XmlDocFree> doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "document.xml",
                                                        nullptr,
                                                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  const xmlNode* body = root ? child(root, "body") : nullptr;
  if (body == nullptr) {
    out.error = "word/document.xml is not a Word document body: the file is damaged.";
    return out;
  }
  out.text = DocxWalker().walk(body);
  return out;
}

}  // namespace respnet
