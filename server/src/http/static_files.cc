#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "http/compression.h"

namespace quanke::http {
namespace {

std::string ContentTypeFor(const std::string& path) {
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  if (ext == "ttf") return "font/ttf";
  if (ext == "webmanifest") return "application/manifest+json";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return;
  std::unordered_map<std::string, std::string> compressed;  // "/x.js.br" → bytes
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string rel = "/" + fs::relative(it->path(), root).generic_string();
    const std::string ext = it->path().extension().string();
    if (ext == ".br" || ext == ".gz") {
      compressed.emplace(rel, content.str());
      continue;
    }
    File f;
    f.content = content.str();
    f.content_type = ContentTypeFor(rel);
    f.etag = "\"" + std::to_string(std::hash<std::string>{}(f.content)) + "\"";
    files_.emplace(rel, std::move(f));
  }
  // A copy is used only beside its original; a lone .gz (a download) is a file of its own.
  for (auto& [rel, bytes] : compressed) {
    auto it = files_.find(rel.substr(0, rel.size() - 3));
    if (it == files_.end()) {
      File f;
      f.content = std::move(bytes);
      f.content_type = "application/octet-stream";
      f.etag = "\"" + std::to_string(std::hash<std::string>{}(f.content)) + "\"";
      files_.emplace(rel, std::move(f));
    } else if (rel.ends_with(".br")) {
      it->second.brotli = std::move(bytes);
    } else {
      it->second.gzip = std::move(bytes);
    }
  }
}

Response StaticFiles::Serve(const Request& req) const {
  std::string path = req.path;
  if (path.empty() || path == "/") path = "/index.html";
  auto it = files_.find(path);
  if (it == files_.end()) {
    const auto slash = path.rfind('/');
    const bool has_extension = path.find('.', slash) != std::string::npos;
    if (!has_extension) it = files_.find("/index.html");
  }
  Response r;
  if (it == files_.end()) {
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = files_.empty() ? "The web app is not built. Run `make run`.\n" : "Not found\n";
    return r;
  }
  const File& f = it->second;
  const bool immutable = path.rfind("/assets/", 0) == 0 && it->first == path;
  r.SetHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  r.content_type = f.content_type;
  const bool varies = !f.brotli.empty() || !f.gzip.empty();
  if (varies) r.SetHeader("Vary", "Accept-Encoding");
  // Each coding is a representation of its own, with its own ETag.
  const Coding coding = ChooseCoding(req.Header("accept-encoding"), !f.brotli.empty(), !f.gzip.empty());
  const std::string* body = &f.content;
  const char* name = nullptr;
  std::string etag = f.etag;
  if (coding == Coding::kBrotli) {
    body = &f.brotli;
    name = "br";
  } else if (coding == Coding::kGzip) {
    body = &f.gzip;
    name = "gzip";
  }
  if (name) etag.insert(etag.size() - 1, std::string("-") + name);
  r.SetHeader("ETag", etag);
  if (req.Header("if-none-match") == etag) {
    r.status = 304;
    return r;
  }
  if (name) r.SetHeader("Content-Encoding", name);
  r.body = *body;
  return r;
}

}  // namespace quanke::http
