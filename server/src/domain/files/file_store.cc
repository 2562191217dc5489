#include "domain/files/file_store.h"

#include <sodium.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace quanke::files {
namespace {

bool StartsWith(const std::string& s, std::string_view prefix, size_t at = 0) {
  return s.size() >= at + prefix.size() && s.compare(at, prefix.size(), prefix) == 0;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Extension(const std::string& filename) {
  const auto dot = filename.rfind('.');
  return dot == std::string::npos ? "" : Lower(filename.substr(dot + 1));
}

bool ValidUtf8Text(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + static_cast<size_t>(len) > s.size()) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

}  // namespace

std::string FileStore::PathOf(const std::string& sha256) const {
  return root_ + "/" + sha256.substr(0, 2) + "/" + sha256.substr(2);
}

Status FileStore::Remove(const std::string& sha256) {
  std::error_code ec;
  std::filesystem::remove(PathOf(sha256), ec);
  if (ec) return Status::Internal("cannot remove a stored file: " + ec.message());
  return Status::Ok();
}

Result<std::string> FileStore::Put(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  const std::string sha(hex);
  const std::string path = PathOf(sha);
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return sha;  // the same content is stored once
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  if (ec) return Status::Internal("cannot create the file directory: " + ec.message());
  static std::atomic<int> counter{0};
  const std::string tmp = path + ".tmp" + std::to_string(counter.fetch_add(1));
  {
    std::ofstream out(tmp, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::Internal("cannot write an uploaded file");
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::Internal("cannot store an uploaded file: " + ec.message());
  return sha;
}

Result<std::string> FileStore::Get(const std::string& sha256) const {
  std::ifstream in(PathOf(sha256), std::ios::binary);
  if (!in) return Status::NotFound();
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string SniffContentType(const std::string& b, const std::string& client_type, const std::string& filename) {
  if (StartsWith(b, "\xFF\xD8\xFF")) return "image/jpeg";
  if (StartsWith(b, "\x89PNG\r\n\x1A\n")) return "image/png";
  if (StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a")) return "image/gif";
  if (StartsWith(b, "RIFF") && StartsWith(b, "WEBP", 8)) return "image/webp";
  if (StartsWith(b, "RIFF") && StartsWith(b, "WAVE", 8)) return "audio/wav";
  if (StartsWith(b, "%PDF-")) return "application/pdf";
  if (StartsWith(b, "\x1A\x45\xDF\xA3")) return "audio/webm";
  if (StartsWith(b, "OggS")) return "audio/ogg";
  if (StartsWith(b, "#!AMR")) return "audio/amr";
  if (StartsWith(b, "ID3") || (b.size() > 1 && static_cast<unsigned char>(b[0]) == 0xFF &&
                               (static_cast<unsigned char>(b[1]) & 0xE0) == 0xE0))
    return "audio/mpeg";
  if (StartsWith(b, "ftyp", 4)) return "audio/mp4";  // m4a / mp4 voice notes
  const std::string ext = Extension(filename);
  if (StartsWith(b, "PK\x03\x04")) {
    if (ext == "docx") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (ext == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (ext == "pptx") return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    return "";
  }
  if (StartsWith(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (ext == "doc") return "application/msword";
    if (ext == "xls") return "application/vnd.ms-excel";
    if (ext == "ppt") return "application/vnd.ms-powerpoint";
    return "";
  }
  if ((ext == "txt" || ext == "csv" || client_type.rfind("text/plain", 0) == 0) && ValidUtf8Text(b))
    return ext == "csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8";
  return "";
}

bool IsImageType(const std::string& content_type) { return content_type.rfind("image/", 0) == 0; }

}  // namespace quanke::files
