#include "domain/customers/normalize.h"

#include <gtest/gtest.h>

namespace quanke::customers {
namespace {

TEST(NormalizeCompanyName, FoldsWidthSpacesBracketsAndSuffixes) {
  const std::string base = NormalizeCompanyName("上海华信(集团)");
  EXPECT_EQ(NormalizeCompanyName("上海 华信（集团）有限公司"), base);
  EXPECT_EQ(NormalizeCompanyName("上海华信【集团】股份有限公司"), base);
  EXPECT_EQ(NormalizeCompanyName("上海华信(集团)有限责任公司"), base);
  EXPECT_EQ(NormalizeCompanyName("ＡＢＣ　Tech 有限公司"), NormalizeCompanyName("abc tech"));
  EXPECT_NE(NormalizeCompanyName("上海华信科技"), NormalizeCompanyName("上海华信"));
  // A name that is only a suffix keeps it, so it is not normalised to nothing.
  EXPECT_EQ(NormalizeCompanyName("有限公司"), "有限公司");
}

TEST(PhoneDigits, KeepsDigitsAndDropsTheCountryCode) {
  EXPECT_EQ(PhoneDigits("+86 138-1234-5678"), "13812345678");
  EXPECT_EQ(PhoneDigits("138 1234 5678"), "13812345678");
  EXPECT_EQ(PhoneDigits("０１０-１２３４５６７８"), "01012345678");
  EXPECT_EQ(PhoneDigits("ext."), "");
}

TEST(CreditCode, IsComparedUpperCaseWithoutSpaces) {
  EXPECT_EQ(NormalizeCreditCode("91310000 mA1fl1x12x"), "91310000MA1FL1X12X");
}

TEST(SearchGrams, BigramsStayInsideFields) {
  const std::string text = SearchText({"华信科技", "王五"});
  const SearchGrams g = MakeSearchGrams(text);
  EXPECT_EQ(g.bigrams, (std::vector<std::string>{"华信", "信科", "科技", "|", "王五"}));
  EXPECT_EQ(g.unigrams.size(), 6u);
}

TEST(SearchGrams, QueriesAreNormalisedLikeTexts) {
  EXPECT_EQ(NormalizeQuery(" 华信（集团） "), "华信集团");
  EXPECT_EQ(QueryGrams("ＡＢc"), (std::vector<std::string>{"ab", "bc"}));
  EXPECT_TRUE(QueryGrams("华").empty());
}

TEST(SearchGrams, DigitRunsAlsoGiveFourGrams) {
  const SearchGrams g = MakeSearchGrams(SearchText({"华信12345", "138 0013", "021-6"}));
  EXPECT_EQ(g.bigrams, (std::vector<std::string>{"华信", "信1", "12", "23", "34", "45", "|", "13", "38", "80",
                                                 "00", "01", "13", "|", "02", "21", "16", "|", "1234", "2345",
                                                 "|", "1380", "3800", "8001", "0013", "|", "0216"}));
  // A digits-only query of four or more is looked up by its 4-grams; shorter or mixed ones by
  // their bigrams.
  EXPECT_EQ(QueryGrams("13-8001"), (std::vector<std::string>{"1380", "3800", "8001"}));
  EXPECT_EQ(QueryGrams("0013"), (std::vector<std::string>{"0013"}));
  EXPECT_EQ(QueryGrams("123"), (std::vector<std::string>{"12", "23"}));
  EXPECT_EQ(QueryGrams("信12"), (std::vector<std::string>{"信1", "12"}));
}

}  // namespace
}  // namespace quanke::customers
