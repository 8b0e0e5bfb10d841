#pragma once
// Text for HTML and Graphviz's HTML-like labels.
#include <string>

namespace respnet::style {

/// The text with & < > " escaped.
inline std::string html_escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace respnet::style
