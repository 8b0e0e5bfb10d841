#pragma once
// The one place that knows Graphviz's API changed: before 13.0 cgraph takes char* where it
// now takes const char*, and gvRenderData's length is unsigned int* where it is now size_t*.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respnet::gv {

/// A C string for a cgraph parameter that is char* in old releases (never written to).
inline char* c_arg(const std::string& text) { return const_cast<char*>(text.c_str()); }

template <typename Length>
Length length_type(int (*)(GVC_t*, graph_t*, const char*, char**, Length*));

/// unsigned int on Graphviz 2.x, size_t on 13.0 and later.
using RenderLength = decltype(length_type(&gvRenderData));

}  // namespace respnet::gv

namespace respnet::gv {

/// Ids in creation order. cgraph's default id discipline numbers named objects by the address
/// of their interned name, so subgraphs (cluster boxes) come out in an order that changes from
/// run to run, and with it the DOT text and the layout; this discipline numbers names 2, 4, 6,
/// ... as they are created (anonymous objects keep odd numbers, as in cgraph).
class SequentialIds {
 public:
  static Agdisc_t* discipline() {
    static Agiddisc_t ids = make_ids();
    static Agdisc_t disc{&AgMemDisc, &ids, &AgIoDisc};
    return &disc;
  }

 private:
  struct State {
    Agraph_t* graph;
    std::vector<char*> names;  ///< interned in the graph: cgraph expects its own strings back
    std::map<std::string, IDTYPE, std::less<>> ids;
    IDTYPE anonymous = 1;
  };

  // Adapts to char* (Graphviz 2.x) or const char* (13.0 and later) in the signatures.
  template <typename Fn>
  struct Print;
  template <typename R, typename... A>
  struct Print<R (*)(A...)> {
    static R call(void* state, int, IDTYPE id) {
      auto* s = static_cast<State*>(state);
      return id % 2 == 0 && id / 2 <= s->names.size() ? s->names[id / 2 - 1] : nullptr;
    }
  };

  static Agiddisc_t make_ids() {
    Agiddisc_t d{};
    d.open = [](Agraph_t* g, Agdisc_t*) -> void* { return new State{g, {}, {}, 1}; };
    d.map = [](void* state, int, auto* str, IDTYPE* id, int create) -> long {
      auto* s = static_cast<State*>(state);
      if (!str) {
        *id = s->anonymous;
        s->anonymous += 2;
        return 1;
      }
      if (const auto found = s->ids.find(std::string_view(str)); found != s->ids.end()) {
        *id = found->second;
        return 1;
      }
      if (!create) return 0;
      s->names.push_back(agstrdup(s->graph, const_cast<char*>(str)));
      *id = 2 * static_cast<IDTYPE>(s->names.size());
      s->ids.emplace(std::string(str), *id);
      return 1;
    };
    d.alloc = [](void*, int, IDTYPE) -> long { return 0; };
    d.free = [](void*, int, IDTYPE) {};
    d.print = &Print<decltype(d.print)>::call;
    d.close = [](void* state) { delete static_cast<State*>(state); };
    d.idregister = [](void*, int, void*) {};
    return d;
  }
};

}  // namespace respnet::gv
