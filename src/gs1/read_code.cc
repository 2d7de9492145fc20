#include "gs1/read_code.h"

#include "gs1/digital_link.h"
#include "gs1/epc.h"

namespace lagom::gs1 {

namespace {

CodeForm FormOf(std::string_view text) {
  if (LooksLikeDigitalLink(text)) return CodeForm::kDigitalLink;
  if (LooksLikeEpc(text)) return CodeForm::kEpc;
  return CodeForm::kElementString;
}

Result<ElementString> Checked(const Result<std::vector<Element>>& elements, Date today) {
  if (!elements) return elements.error();
  return FromElements(*elements, today);
}

Result<ElementString> ContentOf(CodeForm form, std::string_view text, Date today) {
  switch (form) {
    case CodeForm::kDigitalLink:
      return Checked(SplitDigitalLink(text), today);
    case CodeForm::kEpc:
      return Checked(DecodeEpc(text), today);
    default:
      return Parse(text, today);
  }
}

}  // namespace

const char* CodeFormName(CodeForm form) {
  switch (form) {
    case CodeForm::kDigitalLink:
      return "digital-link";
    case CodeForm::kEpc:
      return "epc";
    default:
      return "element-string";
  }
}

bool IsLinkOrTag(std::string_view text) {
  return LooksLikeDigitalLink(text) || LooksLikeEpc(text);
}

Result<ReadCodeResult> ReadCode(std::string_view text, Date today) {
  CodeForm form = FormOf(text);
  auto content = ContentOf(form, text, today);
  if (!content) return content.error();
  return ReadCodeResult{form, std::move(*content)};
}

}  // namespace lagom::gs1
