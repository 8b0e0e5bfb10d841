// Checking through fontconfig that the diagrams' font really draws Chinese.
#include <fontconfig/fontconfig.h>

#include <memory>

#include "model/error.hpp"
#include "render/diagram.hpp"

namespace respnet {
namespace {

struct PatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

}  // namespace

void check_cjk_font(const std::string& family) {
  if (!FcInit()) throw Error("fontconfig cannot be initialised, so the diagrams' font cannot be checked");
  Pattern pattern(FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str())));
  if (!pattern) throw Error("'" + family + "' is not a valid font name");
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  Pattern match(FcFontMatch(nullptr, pattern.get(), &result));
  FcCharSet* charset = nullptr;
  FcChar8* matched = nullptr;
  const bool has_cjk = match && FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) == FcResultMatch &&
                       FcCharSetHasChar(charset, U'中') && FcCharSetHasChar(charset, U'局');
  std::string chosen = "no font";
  if (match && FcPatternGetString(match.get(), FC_FAMILY, 0, &matched) == FcResultMatch) {
    chosen = reinterpret_cast<const char*>(matched);
  }
  if (!has_cjk) {
    throw Error("the font '" + family + "' has no Chinese glyphs (fontconfig chose '" + chosen +
                "'), so the diagram would show empty boxes: install fonts-noto-cjk "
                "(apt-get install fonts-noto-cjk) or choose a CJK font with --font");
  }
}

}  // namespace respnet
