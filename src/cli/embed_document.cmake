# Writes a C++ source that returns the bytes of INPUT from FUNCTION() in respnet::cli, so the
# bundled document and the README's definitions are part of the tool.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -DFUNCTION=name -P embed_document.cmake
file(READ "${INPUT}" content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp" "// Generated from ${name} by embed_document.cmake; do not edit.\n"
  "#include \"cli/embedded_document.hpp\"\n\nnamespace respnet::cli {\nnamespace {\n"
  "const unsigned char k_bytes[] = {\n${bytes}0x00};\n}  // namespace\n\n"
  "EmbeddedDocument ${FUNCTION}() {\n"
  "  return {\"${name}\", std::string_view(reinterpret_cast<const char*>(k_bytes), sizeof k_bytes - 1)};\n"
  "}\n\n}  // namespace respnet::cli\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
