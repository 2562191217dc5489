#include "domain/customers/normalize.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace quanke::customers {
namespace {

// Decodes one code point at `i` (advancing it); invalid bytes decode as themselves.
char32_t Decode(const std::string& s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
  if (i + static_cast<size_t>(len) > s.size()) len = 1;
  char32_t cp = len == 1 ? c : c & (0xff >> (len + 1));
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
  i += static_cast<size_t>(len);
  return cp;
}

void Encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms;
// ASCII lower-cased.
char32_t Fold(char32_t cp) {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
  if (cp == 0x3000) cp = ' ';
  if (cp < 0x80) cp = static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
  return cp;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  // CJK punctuation and full-width forms that are not letters split words.
  if (cp >= 0x3000 && cp <= 0x303f) return false;
  if (cp >= 0xff00 && cp <= 0xffef) return false;
  if (cp == 0x00b7 || cp == 0x2014 || cp == 0x2018 || cp == 0x2019 || cp == 0x201c || cp == 0x201d)
    return false;
  return true;
}

std::string FoldString(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) Encode(Fold(Decode(s, i)), out);
  return out;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<std::string> CodePoints(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    Decode(text, i);
    out.push_back(text.substr(start, i - start));
  }
  return out;
}

std::string NormalizeCompanyName(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const char32_t cp = Fold(Decode(name, i));
    // Spaces and every kind of bracket carry no meaning in a company name.
    if (cp == ' ' || cp == '\t' || cp == '(' || cp == ')' || cp == '[' || cp == ']' ||
        cp == 0x3010 || cp == 0x3011 || cp == '-' || cp == '.' || cp == 0x00b7)
      continue;
    Encode(cp, out);
  }
  for (const char* suffix : {"股份有限公司", "有限责任公司", "有限公司"}) {
    if (EndsWith(out, suffix) && out.size() > std::string(suffix).size()) {
      out.resize(out.size() - std::string(suffix).size());
      break;
    }
  }
  return out;
}

std::string PhoneDigits(const std::string& phone) {
  std::string digits;
  for (size_t i = 0; i < phone.size();) {
    const char32_t cp = Fold(Decode(phone, i));
    if (cp >= '0' && cp <= '9') digits.push_back(static_cast<char>(cp));
  }
  if (digits.size() == 13 && digits.compare(0, 2, "86") == 0 && digits[2] == '1') digits.erase(0, 2);
  return digits;
}

std::string NormalizeCreditCode(const std::string& code) {
  std::string out;
  for (size_t i = 0; i < code.size();) {
    const char32_t cp = Fold(Decode(code, i));
    if (cp == ' ' || cp == '-') continue;
    Encode(cp < 0x80 ? static_cast<char32_t>(std::toupper(static_cast<int>(cp))) : cp, out);
  }
  return out;
}

std::string SearchText(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) {
    std::string word = NormalizeQuery(f);
    if (word.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    out += word;
  }
  return out;
}

namespace {
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The overlapping 4-grams of a run of ASCII digits (none when it is shorter).
void AppendDigitQuads(const std::string& run, std::vector<std::string>* out) {
  for (size_t i = 0; i + 4 <= run.size(); ++i) out->push_back(run.substr(i, 4));
}
}  // namespace

SearchGrams MakeSearchGrams(const std::string& search_text) {
  SearchGrams g;
  std::set<std::string> uni;
  std::vector<std::string> quads;
  std::string prev;  // previous word character of the field, "" at a field start
  std::string run;   // the digits seen since the last other character
  auto end_run = [&] {
    if (run.size() >= 4) {
      quads.push_back("|");
      AppendDigitQuads(run, &quads);
    }
    run.clear();
  };
  for (size_t i = 0; i < search_text.size();) {
    const size_t start = i;
    const char32_t cp = Decode(search_text, i);
    if (cp == '\n') {  // a field boundary: no bigram spans two fields
      if (!prev.empty()) g.bigrams.push_back("|");
      prev.clear();
      end_run();
      continue;
    }
    if (!IsWordChar(cp)) continue;  // punctuation and spaces are ignored, as in queries
    std::string ch = search_text.substr(start, i - start);
    if (ch.size() == 1 && IsDigit(ch[0])) {
      run += ch;
    } else {
      end_run();
    }
    uni.insert(ch);
    if (!prev.empty()) g.bigrams.push_back(prev + ch);
    prev = std::move(ch);
  }
  end_run();
  g.bigrams.insert(g.bigrams.end(), quads.begin(), quads.end());
  g.unigrams.assign(uni.begin(), uni.end());
  return g;
}

std::string NormalizeQuery(const std::string& query) {
  std::string out;
  const std::string folded = FoldString(query);
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    if (IsWordChar(Decode(folded, i))) out += folded.substr(start, i - start);
  }
  return out;
}

std::vector<std::string> QueryGrams(const std::string& query) {
  const std::string normal = NormalizeQuery(query);
  std::vector<std::string> out;
  if (normal.size() >= 4 && std::all_of(normal.begin(), normal.end(), IsDigit)) {
    AppendDigitQuads(normal, &out);
    return out;
  }
  const auto cps = CodePoints(normal);
  for (size_t i = 1; i < cps.size(); ++i) out.push_back(cps[i - 1] + cps[i]);
  return out;
}

}  // namespace quanke::customers
