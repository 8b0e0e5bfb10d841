#include <doctest/doctest.h>

#include "parse/document.hpp"
#include "render/network_json.hpp"

using namespace respnet;

TEST_SUITE("render::network_json") {
  TEST_CASE("the respnet.network/1 shape, with lead as a list and leader names") {
    const ParseResult r = parse_document(
        "九、陈麟(市政府党组成员)牵头重点工作\n1.甲。\n责任单位:市财政局(国资委)、各县(区)政府\n2.乙。\n",
        "docs/in.txt");
    REQUIRE(r.ok());
    CHECK(write_network_json(r.network) == R"({
  "schema": "respnet.network/1",
  "source": "in.txt",
  "leaders": [
    {
      "name": "陈麟",
      "title": "市政府党组成员"
    }
  ],
  "units": [
    {
      "name": "市财政局",
      "kind": "unit",
      "aliases": [
        "国资委"
      ]
    },
    {
      "name": "各县(区)政府",
      "kind": "group",
      "aliases": []
    }
  ],
  "tasks": [
    {
      "id": "9.1",
      "leader": "陈麟",
      "number": 1,
      "text": "甲。",
      "lead": [
        "市财政局"
      ],
      "support": [
        "各县(区)政府"
      ],
      "shared_lead": false,
      "file": "in.txt",
      "line": 2
    },
    {
      "id": "9.2",
      "leader": "陈麟",
      "number": 2,
      "text": "乙。",
      "lead": [],
      "support": [],
      "shared_lead": false,
      "file": "in.txt",
      "line": 4
    }
  ]
}
)");
  }

  TEST_CASE("leader is null without leader sections") {
    const ParseResult r = parse_document("1.甲。\n责任单位:A局\n", "in.txt");
    REQUIRE(r.ok());
    CHECK(write_network_json(r.network).find("\"leader\": null") != std::string::npos);
  }
}
