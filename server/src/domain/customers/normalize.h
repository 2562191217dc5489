#pragma once

#include <string>
#include <vector>

namespace quanke::customers {

// The form of a company name the conflict check (查重) compares: full-width characters made
// half-width, ASCII lower-cased, spaces and brackets removed, and the legal-form suffixes
// 股份有限公司 / 有限责任公司 / 有限公司 dropped. "上海 华信（集团）有限公司" and
// "上海华信(集团)" normalise alike.
std::string NormalizeCompanyName(const std::string& name);

// The digits of a phone number ("+86 138-1234-5678" → "8613812345678"); a leading 86 country
// code on an 11-digit mobile is dropped so both spellings match.
std::string PhoneDigits(const std::string& phone);

// Credit codes are compared upper-case without spaces.
std::string NormalizeCreditCode(const std::string& code);

// Search text: each field reduced to its letters and digits (NormalizeQuery), joined by "\n".
std::string SearchText(const std::vector<std::string>& fields);

// The code points of a UTF-8 string (invalid bytes are kept as single units).
std::vector<std::string> CodePoints(const std::string& text);

// Search tokens of a search text: every adjacent pair of characters within a field (bigrams,
// in order, with "|" between fields so no phrase crosses them) and every distinct character
// (unigrams). Whitespace and punctuation split too. After the bigrams, each run of four or more
// digits follows again as its overlapping 4-grams (each run after a "|"): a phone fragment's
// digit pairs occur in nearly every phone number, its 4-grams in a few hundred.
struct SearchGrams {
  std::vector<std::string> bigrams;   // in text order, "|" marks a field boundary; then digit 4-grams
  std::vector<std::string> unigrams;  // distinct
};
SearchGrams MakeSearchGrams(const std::string& search_text);
// Bumped whenever MakeSearchGrams changes what it produces: the index is then rebuilt.
inline constexpr int kSearchGramsVersion = 2;

// The tokens a query must contain, in order (empty for a one-character query): its bigrams, or
// for a query of four or more digits only, its digit 4-grams. Characters that are not letters
// or digits are dropped from the query.
std::vector<std::string> QueryGrams(const std::string& query);
// The query reduced to the characters the index knows, lower-cased.
std::string NormalizeQuery(const std::string& query);

}  // namespace quanke::customers
