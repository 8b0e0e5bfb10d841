#include "render/markdown_html.hpp"

#include <vector>

#include "render/html_text.hpp"

namespace respnet {
namespace {

// **bold** and `code` inside one line of text.
std::string inline_html(const std::string& text) {
  std::string out;
  bool bold = false;
  bool code = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '`') {
      out += (code = !code) ? "<code>" : "</code>";
    } else if (!code && text.compare(i, 2, "**") == 0) {
      out += (bold = !bold) ? "<b>" : "</b>";
      ++i;
    } else {
      out += style::html_escape(std::string(1, text[i]));
    }
  }
  if (code) out += "</code>";
  if (bold) out += "</b>";
  return out;
}

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::string markdown_to_html(std::string_view markdown) {
  std::string out;
  std::string paragraph;
  std::string item;
  bool in_list = false;
  auto flush = [&] {
    if (!item.empty()) out += "<li>" + inline_html(item) + "</li>\n";
    item.clear();
    if (!paragraph.empty()) out += "<p>" + inline_html(paragraph) + "</p>\n";
    paragraph.clear();
  };
  auto close_list = [&] {
    flush();
    if (in_list) out += "</ul>\n";
    in_list = false;
  };
  for (const std::string& line : lines_of(markdown)) {
    if (line.empty()) {
      close_list();
    } else if (line.rfind("## ", 0) == 0 || line.rfind("### ", 0) == 0) {
      close_list();
      const bool h3 = line[2] == ' ';
      out += (h3 ? "<h3>" : "<h4>") + inline_html(line.substr(h3 ? 3 : 4)) + (h3 ? "</h3>\n" : "</h4>\n");
    } else if (line.rfind("- ", 0) == 0) {
      flush();
      if (!in_list) out += "<ul>\n";
      in_list = true;
      item = line.substr(2);
    } else if (in_list && line.rfind("  ", 0) == 0) {
      item += ' ' + line.substr(line.find_first_not_of(' '));
    } else {
      if (in_list) close_list();
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
  }
  close_list();
  return out;
}

std::string markdown_sections(std::string_view markdown, std::string_view first, std::string_view last) {
  const std::string start_heading = "\n## " + std::string(first) + "\n";
  const std::size_t start = markdown.find(start_heading);
  if (start == std::string_view::npos) return "";
  const std::size_t last_heading = markdown.find("\n## " + std::string(last) + "\n", start);
  const std::size_t after = last_heading == std::string_view::npos ? std::string_view::npos
                                                                   : markdown.find("\n## ", last_heading + 4);
  return std::string(markdown.substr(start + 1, after == std::string_view::npos ? std::string_view::npos : after - start));
}

}  // namespace respnet
