// EPC identifiers read from RFID tags (GS1 EPC Tag Data Standard, "TDS"), for the SGTIN —
// the serialised GTIN on a trade item:
//
//   binary    SGTIN-96 (header 0x30) and SGTIN-198 (header 0x36), as readers report the EPC
//             memory bank: hex digits, upper or lower case, an optional "0x"; SGTIN-198 may be
//             padded to a whole 16-bit word (52 digits) with zero bits.
//   URI       pure identity "urn:epc:id:sgtin:0614141.812345.6789" and tag URI
//             "urn:epc:tag:sgtin-96:3.0614141.812345.6789" (also sgtin-198); serials may hold
//             %XX escapes.
//
// Decoded into the elements (01) GTIN — indicator digit, company prefix, item reference and
// a computed check digit — and (21) serial, which FromElements then checks like any scan.
// Every rejection names the part of the tag at fault. Pure; thread-safe; never throws.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "gs1/element_string.h"

namespace lagom::gs1 {

// Whether `text` is in one of the forms above (its content may still be invalid).
bool LooksLikeEpc(std::string_view text);

Result<std::vector<Element>> DecodeEpc(std::string_view text);

}  // namespace lagom::gs1
