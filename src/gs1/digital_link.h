// GS1 Digital Link URIs (GS1 Digital Link standard, uncompressed form), what a 2D code on a
// consumer pack often holds:
//
//   https://id.gs1.org/01/09506000134352/10/ABC123/21/12345?17=201231
//   https://example.com/some/prefix/01/9506000134352/10/ABC%2F1?3103=000189&linkType=all
//
// The path's last part is the primary key — 01 (GTIN-8/12/13/14, padded to 14 digits) or
// 00 (SSCC) — followed by key qualifiers (10 lot, 21 serial, 22 variant ...) as AI/value
// pairs; anything before the primary key is the resolver's own path. The query string adds
// data attributes (17 expiry, 15 best before, 30 count, 310n weight ...) by numeric AI;
// non-numeric parameters (linkType, context ...) are for the resolver and are ignored.
// The short names of the first version (gtin, lot, ser, exp) are accepted too. Values are
// percent-decoded. FromElements then checks the result like any scan. Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "gs1/element_string.h"

namespace lagom::gs1 {

// Whether `text` starts like a web URI ("http://" or "https://", any case).
bool LooksLikeDigitalLink(std::string_view text);

Result<std::vector<Element>> SplitDigitalLink(std::string_view uri);

}  // namespace lagom::gs1
