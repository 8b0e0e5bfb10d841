#include <doctest/doctest.h>

#include "model/utf8.hpp"
#include "parse/unit_list.hpp"

using namespace respnet;

namespace {

std::vector<std::string> names(const std::vector<UnitEntry>& entries) {
  std::vector<std::string> out;
  for (const UnitEntry& e : entries) out.push_back(encode_utf8(e.name));
  return out;
}

}  // namespace

TEST_SUITE("parse::unit_list") {
  TEST_CASE("units split on 、 , ; but never inside parentheses") {
    const auto entries =
        split_unit_list(U"市财政局、市税务局,各县(区)政府;市(新区)直属各单位", 6, default_lexicon());
    CHECK(names(entries) ==
          std::vector<std::string>{"市财政局", "市税务局", "各县(区)政府", "市(新区)直属各单位"});
    CHECK(entries[0].column == 6u);
    CHECK(entries[1].column == 11u);
    CHECK(entries[2].column == 16u);
  }

  TEST_CASE("the lead-rule note is commentary, wherever it stands") {
    SUBCASE("glued to the last unit") {
      CHECK(names(split_unit_list(U"市财政局、功能区管委会(列第一位者为牵头或汇总单位,下同)", 1,
                                  default_lexicon())) ==
            std::vector<std::string>{"市财政局", "功能区管委会"});
    }
    SUBCASE("in 【】 or 〔〕") {
      CHECK(names(split_unit_list(U"市财政局(国资委)【列第一位者为工作牵头单位】、市税务局〔下同,牵头〕", 1,
                                  default_lexicon())) == std::vector<std::string>{"市财政局", "市税务局"});
    }
    SUBCASE("worded 工作牵头 after a separator") {
      CHECK(names(split_unit_list(U"市财政局,(列第一位的为工作牵头单位)", 1, default_lexicon())) ==
            std::vector<std::string>{"市财政局"});
    }
  }

  TEST_CASE("empty entries and stray spaces are dropped") {
    CHECK(names(split_unit_list(U" 市财政局 、、 市税务局 ", 1, default_lexicon())) ==
          std::vector<std::string>{"市财政局", "市税务局"});
  }

  TEST_CASE("a trailing parenthesised agency name is an alias") {
    const UnitEntry e = split_alias(U"市府办(市大数据局)", default_lexicon());
    CHECK(e.name == U"市府办");
    CHECK(e.alias == U"市大数据局");
    CHECK(split_alias(U"市财政局(国资委)", default_lexicon()).alias == U"国资委");
  }

  TEST_CASE("parentheses that are part of the name stay") {
    CHECK(split_alias(U"各县(区)政府", default_lexicon()).name == U"各县(区)政府");
    CHECK(split_alias(U"市(新区)直属各单位", default_lexicon()).alias.empty());
    CHECK(split_alias(U"市数据中心(筹)", default_lexicon()).name == U"市数据中心(筹)");
  }

  TEST_CASE("group entries are recognised by the lexicon's rules") {
    const ReaderLexicon& lx = default_lexicon();
    CHECK(is_group_name(U"各县(区)政府", lx));
    CHECK(is_group_name(U"市防指成员单位", lx));
    CHECK(is_group_name(U"市(新区)直属各单位", lx));
    CHECK(is_group_name(U"驻舟各部队", lx));
    CHECK(is_group_name(U"功能区管委会", lx));
    CHECK_FALSE(is_group_name(U"新城管委会", lx));
    CHECK_FALSE(is_group_name(U"市发改委", lx));
  }

  TEST_CASE("a level written once for a list is every agency's, the printed name kept as alias") {
    auto shared = [](std::u32string_view text) {
      std::vector<UnitEntry> entries = split_unit_list(text, 1, default_lexicon());
      share_written_prefix(entries, default_lexicon());
      std::vector<std::string> out;
      for (const UnitEntry& e : entries) out.push_back(encode_utf8(e.name) + (e.alias.empty() ? "" : "=" + encode_utf8(e.alias)));
      return out;
    };
    CHECK(shared(U"市发改委、统计局、财政局,各县(区)政府") ==
          std::vector<std::string>{"市发改委", "市统计局=统计局", "市财政局=财政局", "各县(区)政府"});
    CHECK(shared(U"县发改局、住建局(人防办)") == std::vector<std::string>{"县发改局", "县住建局=人防办"});
    SUBCASE("a level written on a later name too: each name as printed") {
      CHECK(shared(U"市发改委、市统计局、税务局") == std::vector<std::string>{"市发改委", "市统计局", "税务局"});
    }
    SUBCASE("a body of its own among them: as printed") {
      CHECK(shared(U"市发改委、新城管委会、财政局") == std::vector<std::string>{"市发改委", "新城管委会", "财政局"});
      CHECK(shared(U"市财政局、人行XX中心支行") == std::vector<std::string>{"市财政局", "人行XX中心支行"});
      CHECK(shared(U"市发改委、嵊泗县政府") == std::vector<std::string>{"市发改委", "嵊泗县政府"});
    }
    SUBCASE("市场 opens a name, not a level") {
      CHECK(shared(U"市场监管局、统计局") == std::vector<std::string>{"市场监管局", "统计局"});
    }
  }
}
