#include "parse/document.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "model/utf8.hpp"
#include "parse/docx_text.hpp"
#include "parse/encoding.hpp"
#include "parse/headings.hpp"
#include "parse/html_text.hpp"
#include "parse/network_builder.hpp"
#include "parse/table_reader.hpp"
#include "parse/text_tables.hpp"
#include "parse/zeren_reader.hpp"

namespace respnet {
namespace {

std::string extension_of(std::string_view name) {
  std::string ext = std::filesystem::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Markdown's heading marks, quote marks and emphasis, blanked so that columns stay right.
void blank_markdown(std::vector<TextLine>& lines) {
  for (TextLine& line : lines) {
    auto blank = [&](std::size_t k) { line.original[k] = line.folded[k] = U' '; };
    const std::u32string& text = line.folded;
    std::size_t i = trimmed_range(text).first;
    while (i < text.size() && (text[i] == U'#' || text[i] == U'>')) blank(i++);
    for (std::size_t k = 0; k + 1 < text.size(); ++k) {
      if ((text[k] == U'*' && text[k + 1] == U'*') || (text[k] == U'_' && text[k + 1] == U'_')) {
        blank(k);
        blank(k + 1);
      }
    }
  }
}

class DocumentReader {
 public:
  DocumentReader(const SourceDocument& document, const ParseOptions& options, const ReaderLexicon& lexicon,
                 Diagnostics& diagnostics)
      : m_document(document), m_options(options), m_lexicon(lexicon), m_diagnostics(diagnostics) {}

  std::optional<RawDocument> read(DocumentReading& reading) {
    reading.source = std::string(m_document.name);
    std::optional<SourceText> source = extract(reading);
    if (!source) return std::nullopt;
    if (std::all_of(source->begin(), source->end(), [](const SourceLine& l) { return trim(l.text.folded).empty(); })) {
      return fail({1, 1}, "the document is empty: expected a responsibility breakdown.");
    }
    const Dialect dialect = m_options.dialect ? *m_options.dialect : detect_dialect(*source, m_lexicon);
    reading.dialect = dialect;
    RawDocument raw;
    if (dialect == Dialect::table) {
      if (!has_table(*source, m_lexicon)) {
        return fail({1, 1},
                    "no table header found: expected a row naming the columns, such as "
                    "序号 | 工作任务 | 牵头单位 | 配合单位.");
      }
      raw = read_table(*source, m_document.name, m_lexicon, m_diagnostics);
    } else {
      // Moved, not copied: the lines are most of a large document's memory.
      std::vector<TextLine> lines;
      lines.reserve(source->size());
      for (SourceLine& line : *source) lines.push_back(std::move(line.text));
      source.reset();
      raw = read_zeren(std::move(lines), m_document.name, m_lexicon, m_diagnostics);
    }
    if (raw.tasks.empty() && !has_errors(m_diagnostics)) {
      return fail({1, 1}, dialect == Dialect::table
                              ? "no tasks found: expected rows below the table's header."
                              : "no tasks found: expected numbered tasks (1. …) each followed by a 责任单位: line.");
    }
    return raw;
  }

 private:
  std::optional<SourceText> extract(DocumentReading& reading) {
    const std::string ext = extension_of(m_document.name);
    if (ext == ".docx") {
      reading.encoding = "docx";
      DocxText docx = read_docx(m_document.bytes);
      if (!docx.error.empty()) return fail({1, 1}, docx.error);
      return std::move(docx.text);
    }
    const DecodedDocument decoded = decode_document(m_document.bytes);
    reading.encoding = decoded.encoding;
    if (decoded.error_offset) return fail(locate_byte(m_document.bytes, *decoded.error_offset), decoded.error);
    const std::u32string text = decode_utf8(decoded.text).text;
    if (ext == ".html" || ext == ".htm") return read_html(text);
    if (ext == ".csv") return read_delimited(text, U',');
    if (ext == ".tsv") return read_delimited(text, U'\t');
    std::vector<TextLine> lines = split_lines(text);
    if (ext == ".md" || ext == ".markdown") blank_markdown(lines);
    // A web page copied as text brings its chrome (【打印本页】【关闭窗口】): blanked.
    for (TextLine& line : lines) {
      if (!is_page_chrome(line.folded, m_lexicon)) continue;
      line.original.assign(line.original.size(), U' ');
      line.folded = line.original;
    }
    return find_text_tables(std::move(lines), m_lexicon);
  }

  std::nullopt_t fail(SourceLocation where, std::string message) {
    m_diagnostics.push_back({Severity::error, std::string(m_document.name), where, std::move(message)});
    return std::nullopt;
  }

  const SourceDocument& m_document;
  const ParseOptions& m_options;
  const ReaderLexicon& m_lexicon;
  Diagnostics& m_diagnostics;
};

// Marks every place of a document's reading with the document's index.
void set_file(RawDocument& raw, std::uint32_t file) {
  for (Leader& l : raw.leaders) l.location.file = file;
  for (RawTask& t : raw.tasks) {
    t.location.file = file;
    for (RawMention& m : t.mentions) m.location.file = file;
  }
}

// What tells a document from the others in its tasks' ids: its stem (part1), else its file
// name (part1.csv) when another has the same stem, else its name as given.
std::string id_prefix(const std::vector<SourceDocument>& documents, std::size_t k) {
  using Path = std::filesystem::path;
  auto unique = [&](auto&& key) {
    return std::count_if(documents.begin(), documents.end(), [&](const SourceDocument& d) {
             return key(Path(d.name)) == key(Path(documents[k].name));
           }) == 1;
  };
  if (unique([](const Path& p) { return p.stem(); })) return Path(documents[k].name).stem().string();
  if (unique([](const Path& p) { return p.filename(); })) return Path(documents[k].name).filename().string();
  return std::string(documents[k].name);
}

// Several readings in one: leaders merge by name, task ids get the document's prefix in front.
RawDocument merge(std::vector<RawDocument> parts, const std::vector<SourceDocument>& documents) {
  if (parts.size() == 1) return std::move(parts.front());
  RawDocument out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const std::string stem = id_prefix(documents, k);
    std::vector<std::size_t> leader_index;
    for (Leader& l : parts[k].leaders) leader_index.push_back(out.add_leader(std::move(l)));
    for (RawTask& t : parts[k].tasks) {
      t.id = stem + ":" + t.id;
      if (t.leader) t.leader = leader_index[*t.leader];
      out.tasks.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace

ParseResult parse_document(std::string_view bytes, std::string_view source_name, const ParseOptions& options) {
  return parse_documents({SourceDocument{bytes, source_name}}, options);
}

ParseResult parse_documents(const std::vector<SourceDocument>& documents, const ParseOptions& options) {
  ParseResult result;
  ReaderLexicon lexicon = *options.lexicon;
  if (options.config) {
    for (const std::string& title : options.config->titles) lexicon.leader_titles.push_back(decode_utf8(title).text);
  }
  std::vector<RawDocument> parts;
  std::vector<std::string> names;
  for (const SourceDocument& document : documents) {
    if (std::find(names.begin(), names.end(), document.name) != names.end()) {
      result.diagnostics.push_back({Severity::error,
                                    std::string(document.name),
                                    {0, 0},
                                    "the document is given twice: each part of a breakdown once."});
      continue;
    }
    result.readings.emplace_back();
    std::optional<RawDocument> raw =
        DocumentReader(document, options, lexicon, result.diagnostics).read(result.readings.back());
    if (raw) {
      set_file(*raw, static_cast<std::uint32_t>(parts.size()));
      parts.push_back(std::move(*raw));
    }
    names.emplace_back(document.name);
  }
  static const DocumentConfig k_no_config;
  const bool read_all = parts.size() == documents.size() && !has_errors(result.diagnostics);
  result.network = build_network(read_all ? merge(std::move(parts), documents) : RawDocument{}, names, lexicon,
                                 options.config ? *options.config : k_no_config, result.diagnostics);
  auto order = [&](const Diagnostic& d) {
    const auto file =
        std::find_if(documents.begin(), documents.end(), [&](const SourceDocument& s) { return s.name == d.file; });
    return std::tuple(file - documents.begin(), d.location.line, d.location.column);
  };
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return order(a) < order(b); });
  return result;
}

}  // namespace respnet
