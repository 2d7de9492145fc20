// One entry for every code a scanner or an RFID reader sends: a GS1 element string (human
// readable or raw with FNC1/GS), a GS1 Digital Link URI, or an EPC (SGTIN hex or URN) — told
// apart by their shape and parsed into the same ElementString.
#pragma once

#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "gs1/element_string.h"

namespace lagom::gs1 {

enum class CodeForm { kElementString, kDigitalLink, kEpc };

struct ReadCodeResult {
  CodeForm form = CodeForm::kElementString;
  ElementString content;
};

// "element-string", "digital-link", "epc".
const char* CodeFormName(CodeForm form);

// Whether `text` is a Digital Link or an EPC (an element string is recognised by the caller,
// which also knows item codes and order numbers).
bool IsLinkOrTag(std::string_view text);

Result<ReadCodeResult> ReadCode(std::string_view text, Date today);

}  // namespace lagom::gs1
