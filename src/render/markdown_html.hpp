#pragma once
// The small Markdown subset of respnet's README as HTML, for the report's definitions.
#include <string>
#include <string_view>

namespace respnet {

/// Headings (## -> h3, ### -> h4), paragraphs, "- " lists (continuation lines indented),
/// **bold**, `code`; everything escaped. Other Markdown passes through as text.
std::string markdown_to_html(std::string_view markdown);

/// The sections of a Markdown text from the heading `## first` up to the heading after
/// `## last` (both included); "" when `## first` is missing.
std::string markdown_sections(std::string_view markdown, std::string_view first, std::string_view last);

}  // namespace respnet
