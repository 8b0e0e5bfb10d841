#include "parse/zeren_reader.hpp"

#include <map>

#include "model/utf8.hpp"
#include "parse/headings.hpp"
#include "parse/unit_list.hpp"

namespace respnet {
namespace {

constexpr std::size_t k_max_task_digits = 6;
constexpr std::u32string_view k_unit_label = U"责任单位";

// Offset of the list after `责任单位:` (spaces allowed around the colon), or npos.
std::size_t find_unit_list(std::u32string_view line) {
  std::size_t i = trimmed_range(line).first;
  if (!line.substr(i).starts_with(k_unit_label)) return line.npos;
  i += k_unit_label.size();
  while (i < line.size() && is_space(line[i])) ++i;
  if (i == line.size() || line[i] != U':') return line.npos;
  return i + 1;
}

SourceLocation at(const TextLine& line, std::size_t offset) {
  return {line.number, static_cast<std::uint32_t>(offset + 1)};
}

class ZerenReader {
 public:
  ZerenReader(std::string_view source, const ReaderLexicon& lexicon, Diagnostics& diagnostics)
      : m_source(source), m_lexicon(lexicon), m_diagnostics(diagnostics) {}

  RawDocument read(const std::vector<TextLine>& lines) {
    for (const TextLine& line : lines) {
      if (parse_section_heading(line.folded, m_lexicon)) m_has_sections = true;
    }
    for (const TextLine& line : lines) read_line(line);
    finish_task();
    return std::move(m_document);
  }

 private:
  void read_line(const TextLine& line) {
    if (trim(line.folded).empty()) return;
    if (auto heading = parse_section_heading(line.folded, m_lexicon)) {
      open_section(line, *heading);
      return;
    }
    if (const std::size_t list = find_unit_list(line.folded); list != line.folded.npos) {
      read_unit_list(line, list);
      return;
    }
    auto number = find_task_number(line.folded);
    // Without sections the body starts at the first numbered task.
    if (!m_in_body && (m_has_sections || !number)) return;
    m_in_body = true;
    if (number) {
      open_task(line, *number);
      return;
    }
    continue_task(line);
  }

  void open_section(const TextLine& line, const SectionHeading& heading) {
    finish_task();
    m_in_body = true;
    if (!m_document.leaders.empty() && heading.number != m_section + 1) {
      warn(at(line, 0), "section " + std::to_string(heading.number) + " follows section " +
                            std::to_string(m_section) + "; expected section " +
                            std::to_string(m_section + 1) + ".");
    }
    m_section = heading.number;
    m_last_number = 0;
    if (heading.title.empty()) {
      warn(at(line, heading.name_offset),
           "no known title after the leader's name '" + encode_utf8(heading.name) +
               "'; the whole text is taken as the name.");
    }
    m_document.leaders.push_back(
        Leader{encode_utf8(heading.name), encode_utf8(heading.title), at(line, heading.name_offset)});
  }

  void open_task(const TextLine& line, const TaskNumber& number) {
    finish_task();
    if (number.digits.size() > k_max_task_digits) {
      error(at(line, number.offset), "task number '" + encode_utf8(number.digits) +
                                         "' is too large: expected at most " +
                                         std::to_string(k_max_task_digits) + " digits.");
      return;
    }
    const auto value = static_cast<std::uint32_t>(std::stoul(encode_utf8(number.digits)));
    const std::string section = m_document.leaders.empty() ? "" : std::to_string(m_section) + ".";
    const std::string id = section + std::to_string(value);
    if (const auto [first, inserted] = m_task_lines.try_emplace(id, line.number); !inserted) {
      error(at(line, number.offset), "task " + id + " appears twice (first on line " +
                                         std::to_string(first->second) +
                                         "): task numbers must be unique within a section.");
    } else if (value != m_last_number + 1) {
      warn(at(line, number.offset), "task number " + std::to_string(value) + " follows " +
                                        std::to_string(m_last_number) + "; expected " +
                                        std::to_string(m_last_number + 1) + ".");
    }
    m_last_number = value;
    RawTask task;
    task.id = id;
    if (!m_document.leaders.empty()) task.leader = m_document.leaders.size() - 1;
    task.number = value;
    task.text = std::u32string(trim(std::u32string_view(line.original).substr(number.text_offset)));
    task.location = at(line, number.offset);
    m_document.tasks.push_back(std::move(task));
    m_task_open = true;
    m_has_unit_line = false;
    m_list_continues = false;
  }

  void read_unit_list(const TextLine& line, std::size_t list) {
    if (!m_task_open) {
      error(at(line, trimmed_range(line.folded).first),
            "a 责任单位 line before any task: expected a numbered task (1. …) above it.");
      return;
    }
    m_has_unit_line = true;
    add_units(line, list);
  }

  void continue_task(const TextLine& line) {
    const auto [begin, end] = trimmed_range(line.folded);
    if (m_task_open && !m_has_unit_line) {
      m_document.tasks.back().text += line.original.substr(begin, end - begin);
    } else if (m_task_open && m_list_continues) {
      add_units(line, begin);
    } else {
      warn(at(line, begin), "this line is not part of any task and is ignored: expected a "
                            "numbered task, a 责任单位 line or a section heading.");
    }
  }

  void add_units(const TextLine& line, std::size_t offset) {
    RawTask& task = m_document.tasks.back();
    const std::u32string_view list = std::u32string_view(line.folded).substr(offset);
    for (UnitEntry& entry : split_unit_list(list, static_cast<std::uint32_t>(offset + 1), m_lexicon)) {
      const Role role = task.mentions.empty() ? Role::lead : Role::support;
      task.mentions.push_back(RawMention{std::move(entry.name), std::move(entry.alias), role,
                                         {line.number, entry.column}});
    }
    const std::u32string_view rest = trim(list);
    m_list_continues = !rest.empty() && (rest.back() == U'、' || rest.back() == U',');
  }

  void finish_task() {
    if (!m_task_open) return;
    m_task_open = false;
    const RawTask& task = m_document.tasks.back();
    if (!m_has_unit_line) {
      warn(task.location, "task " + task.id + " has no 责任单位 line; it is kept with no units.");
    } else if (task.mentions.empty()) {
      warn(task.location, "the 责任单位 line of task " + task.id + " names no units.");
    }
  }

  void warn(SourceLocation where, std::string message) {
    m_diagnostics.push_back({Severity::warning, std::string(m_source), where, std::move(message)});
  }
  void error(SourceLocation where, std::string message) {
    m_diagnostics.push_back({Severity::error, std::string(m_source), where, std::move(message)});
  }

  std::string_view m_source;
  const ReaderLexicon& m_lexicon;
  Diagnostics& m_diagnostics;
  RawDocument m_document;
  std::map<std::string, std::uint32_t> m_task_lines;
  std::uint32_t m_section = 0;
  std::uint32_t m_last_number = 0;
  bool m_has_sections = false;
  bool m_in_body = false;
  bool m_task_open = false;
  bool m_has_unit_line = false;
  bool m_list_continues = false;
};

}  // namespace

RawDocument read_zeren(const std::vector<TextLine>& lines, std::string_view source_name,
                       const ReaderLexicon& lexicon, Diagnostics& diagnostics) {
  return ZerenReader(source_name, lexicon, diagnostics).read(lines);
}

}  // namespace respnet
