#include "render/diagram_style.hpp"

#include "model/utf8.hpp"

namespace respnet::style {

std::string cluster_colour(std::size_t i) {
  static const char* const palette[] = {"#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#ffff99", "#fb9a99",
                                        "#8dd3c7", "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"};
  return palette[i % 12];
}

std::string wrap(const std::string& text, int width) {
  std::string out;
  int column = 0;
  for (const char32_t c : decode_utf8(text).text) {
    const int w = display_width(c);
    if (column + w > width && column > 0) {
      out += "\\n";
      column = 0;
    }
    out += encode_utf8(std::u32string(1, c));
    column += w;
  }
  return out;
}

std::string shorten(const std::string& text, int width) {
  std::u32string out;
  int column = 0;
  const std::u32string decoded = decode_utf8(text).text;
  for (const char32_t c : decoded) {
    if (column + display_width(c) > width - 2) return encode_utf8(out) + "…";
    out += c;
    column += display_width(c);
  }
  return text;
}

Attributes graph_attributes(const DiagramOptions& o, const std::string& view_title,
                            const std::vector<std::string>& lines, const std::vector<LegendRow>& legend) {
  std::string label = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\">";
  label += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"24\"><B>" + html_escape(o.title) +
           " · " + html_escape(view_title) + "</B></FONT></TD></TR>";
  for (const std::string& line : lines) {
    label += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"15\">" + html_escape(line) + "</FONT></TD></TR>";
  }
  for (const LegendRow& row : legend) {
    const std::string swatch = row.swatch.empty()
                                   ? "<TD ALIGN=\"CENTER\"><FONT POINT-SIZE=\"15\">" + html_escape(row.symbol) + "</FONT></TD>"
                                   : "<TD BGCOLOR=\"" + row.swatch + "\" BORDER=\"1\" WIDTH=\"28\">" +
                                         html_escape(row.symbol) + "</TD>";
    label += "<TR>" + swatch + "<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"15\">" + html_escape(row.meaning) +
             "</FONT></TD></TR>";
  }
  label += "</TABLE>>";
  Attributes a{{"fontname", o.font}, {"label", label}, {"labelloc", "t"}, {"labeljust", "l"},
               {"bgcolor", "white"}, {"pad", "0.3"}, {"outputorder", "edgesfirst"}};
  if (o.page == "a4") a.push_back({"size", "11.69,8.27"});
  if (o.page == "a3") a.push_back({"size", "16.54,11.69"});
  return a;
}

Attributes node_defaults(const DiagramOptions& o) {
  return {{"fontname", o.font}, {"fontsize", "12"}, {"style", "filled"}, {"penwidth", "0.8"}};
}

Attributes edge_defaults(const DiagramOptions& o) {
  return {{"fontname", o.font}, {"arrowsize", "0.6"}};
}

Attributes role_edge(bool lead) {
  if (lead) return {{"style", "solid"}, {"penwidth", "2.4"}, {"color", k_lead_colour}};
  return {{"style", "dashed"}, {"penwidth", "0.9"}, {"color", k_support_colour}};
}

}  // namespace respnet::style
